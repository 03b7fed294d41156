import { resourceMissing } from '../core/errors';
import { eventTypeMatches, type EventObject } from '../core/events';
import { paginate } from '../core/pagination';
import { inRange } from '../http/params';
import { route, type Route } from '../http/router';

export const eventRoutes: Route[] = [
  route('GET', '/v1/events/:id', (ctx) => {
    ctx.params.allowOnly([]);
    const id = ctx.pathParams[0];
    const event = ctx.state.store.get<EventObject>(ctx.owner, 'event', id);
    if (!event) throw resourceMissing('event', id);
    return event;
  }),
  route('GET', '/v1/events', (ctx) => {
    const p = ctx.params;
    p.allowOnly(['limit', 'starting_after', 'ending_before', 'created', 'type', 'types', 'delivery_success']);
    const created = p.range('created');
    const type = p.string('type');
    const types = p.stringArray('types');
    p.boolean('delivery_success');
    const items = ctx.state.store
      .list<EventObject>(ctx.owner, 'event')
      .filter(
        (e) =>
          inRange(e.created, created) &&
          (!type || eventTypeMatches(type, e.type)) &&
          (!types || types.some((t) => eventTypeMatches(t, e.type))),
      );
    return paginate(items, p, '/v1/events', ctx.state.store);
  }),
];
