import type { Params } from '../http/params';
import { invalidRequest } from './errors';
import type { ObjectStore, StripeObject } from './store';

export interface ListObject<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
  url: string;
}

/** Stripe's cursor pagination over a newest-first list: `limit` 1..100 (default 10),
 * `starting_after` (older than the cursor) or `ending_before` (newer than the cursor, the page
 * nearest to it, still newest first). */
export function paginate<T extends StripeObject>(
  items: T[],
  params: Params,
  url: string,
  store: ObjectStore,
): ListObject<T> {
  const limit = params.integer('limit', { min: 1, max: 100 }) ?? 10;
  const after = params.string('starting_after');
  const before = params.string('ending_before');
  if (after && before) {
    throw invalidRequest('You may only specify one of these parameters: starting_after, ending_before.', {
      param: 'ending_before',
    });
  }
  const seqOf = (o: T): number => store.sequence(o.id) ?? 0;
  if (after) {
    const cursor = cursorSeq(store, after, 'starting_after');
    const older = items.filter((o) => seqOf(o) < cursor);
    return { object: 'list', data: older.slice(0, limit), has_more: older.length > limit, url };
  }
  if (before) {
    const cursor = cursorSeq(store, before, 'ending_before');
    const newer = items.filter((o) => seqOf(o) > cursor);
    return {
      object: 'list',
      data: newer.slice(Math.max(0, newer.length - limit)),
      has_more: newer.length > limit,
      url,
    };
  }
  return { object: 'list', data: items.slice(0, limit), has_more: items.length > limit, url };
}

function cursorSeq(store: ObjectStore, id: string, param: string): number {
  const seq = store.sequence(id);
  if (seq === undefined) {
    throw invalidRequest(`No such object: '${id}'`, { code: 'resource_missing', param, status: 400 });
  }
  return seq;
}

/** A list embedded in an object (an account's external accounts, a transfer's reversals). */
export function embeddedList<T>(data: T[], url: string, total = data.length): ListObject<T> {
  return { object: 'list', data: data.slice(0, 10), has_more: total > 10, url };
}
