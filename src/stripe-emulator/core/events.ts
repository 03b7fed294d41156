import { newId } from './ids';
import { PLATFORM, snapshot, type StripeObject } from './store';

/** The API version events are rendered in: the one the bundled SDK pins, as a Stripe account's
 * default version would be. Kept in sync by hand with `Stripe.API_VERSION` (a test checks it). */
export const API_VERSION = '2026-10-28.endive';

export interface RequestInfo {
  id: string | null;
  idempotency_key: string | null;
}

export interface EventObject extends StripeObject {
  object: 'event';
  account?: string;
  api_version: string;
  data: { object: unknown; previous_attributes?: Record<string, unknown> };
  livemode: false;
  pending_webhooks: number;
  request: RequestInfo;
  type: string;
}

/** A snapshot of `object` taken now; connected-account events carry `account` like Stripe's. */
export function buildEvent(
  owner: string,
  type: string,
  object: StripeObject,
  created: number,
  request: RequestInfo | null,
  previous?: Record<string, unknown>,
): EventObject {
  const data: EventObject['data'] = { object: snapshot(object) };
  if (previous) data.previous_attributes = snapshot(previous);
  return {
    id: newId('evt'),
    object: 'event',
    ...(owner === PLATFORM ? {} : { account: owner }),
    api_version: API_VERSION,
    created,
    data,
    livemode: false,
    pending_webhooks: 0,
    request: request ?? { id: null, idempotency_key: null },
    type,
  };
}

/** `type=payment_intent.*` matches every payment_intent event, as in Stripe's events list. */
export function eventTypeMatches(pattern: string, type: string): boolean {
  if (pattern.endsWith('*')) return type.startsWith(pattern.slice(0, -1));
  return pattern === type;
}
