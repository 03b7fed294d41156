/** The shapes most resources share: retrieve by id, and a paginated list filtered by `created`. */
import { resourceMissing } from '../core/errors';
import { paginate } from '../core/pagination';
import type { StripeObject } from '../core/store';
import { inRange, type Params } from './params';
import { route, type RequestContext, type Route } from './router';

/** The cursor parameters every list endpoint accepts. */
export const PAGINATION_PARAMS = ['limit', 'starting_after', 'ending_before'] as const;

/** The request owner's object of that type, or Stripe's 404 `No such <label>: '<id>'`. */
export function findOrThrow<T extends StripeObject>(
  ctx: RequestContext,
  object: T['object'],
  label: string,
  id: string,
  param = 'id',
): T {
  const found = ctx.state.store.get<T>(ctx.owner, object, id);
  if (!found) throw resourceMissing(label, id, param);
  return found;
}

/** `GET <path>/:id`, which takes no parameters but `expand`. */
export function retrieveRoute(path: string, find: (ctx: RequestContext, id: string) => object): Route {
  return route('GET', path, (ctx) => {
    ctx.params.allowOnly([]);
    return find(ctx, ctx.pathParams[0]);
  });
}

export interface ListOptions<T> {
  /** String parameters that keep the objects whose field of the same name equals them. */
  equal?: readonly (keyof T & string)[];
  /** Other parameters accepted: read by `where`, or accepted and ignored. */
  accepts?: readonly string[];
  /** Reads its parameters (before those in `equal`) and returns what objects must satisfy. */
  where?: (params: Params) => (item: T) => boolean;
  /** Whose objects are listed: the request's owner unless said otherwise. */
  owner?: (ctx: RequestContext) => string;
}

/** `GET <path>`: the owner's objects of a type, newest first, filtered by `created` and the
 * options, paginated. */
export function listRoute<T extends StripeObject>(
  path: string,
  object: T['object'],
  opts: ListOptions<T> = {},
): Route {
  const equal = opts.equal ?? [];
  return route('GET', path, (ctx) => {
    const p = ctx.params;
    p.allowOnly([...PAGINATION_PARAMS, 'created', ...(opts.accepts ?? []), ...equal]);
    const created = p.range('created');
    const where = opts.where?.(p);
    const wanted = equal.map((key) => [key, p.string(key)] as const);
    const items = ctx.state.store
      .list<T>(opts.owner?.(ctx) ?? ctx.owner, object)
      .filter(
        (o) =>
          inRange(o.created, created) &&
          (!where || where(o)) &&
          wanted.every(([key, value]) => !value || o[key] === value),
      );
    return paginate(items, p, path, ctx.state.store);
  });
}
