import { eventTypeMatches, type EventObject } from '../core/events';
import { findOrThrow, listRoute, retrieveRoute } from '../http/resource-routes';
import { type Route } from '../http/router';

export const eventRoutes: Route[] = [
  retrieveRoute('/v1/events/:id', (ctx, id) => findOrThrow<EventObject>(ctx, 'event', 'event', id)),
  listRoute<EventObject>('/v1/events', 'event', {
    accepts: ['type', 'types', 'delivery_success'],
    where: (p) => {
      const type = p.string('type');
      const types = p.stringArray('types');
      p.boolean('delivery_success');
      return (e) =>
        (!type || eventTypeMatches(type, e.type)) &&
        (!types || types.some((t) => eventTypeMatches(t, e.type)));
    },
  }),
];
