import { Clock } from './clock';
import { buildEvent, type EventObject, type RequestInfo } from './events';
import { IdempotencyStore } from './idempotency';
import { ObjectStore, type StripeObject } from './store';

/** Processing fee charged on each successful charge: `percentBps` basis points of the amount
 * (rounded half up to the minor unit) plus `fixed` minor units, never more than the amount.
 * Default 0 + 0, so the platform balance grows by exactly what was charged. */
export interface FeeSchedule {
  percentBps: number;
  fixed: number;
}

export interface AccountLinkGrant {
  account: string;
  type: string;
  return_url: string | null;
  refresh_url: string | null;
  expires_at: number;
}

export interface WebhookSink {
  /** How many endpoints an event created now will be sent to (its `pending_webhooks`). */
  endpointCount(): number;
  enqueue(event: EventObject): void;
}

/** Everything the resource handlers share. Handlers run synchronously, so a read-decide-write in
 * one handler (e.g. check the balance, then move money) cannot interleave with another request. */
export class EmulatorState {
  readonly store = new ObjectStore();
  readonly clock = new Clock();
  readonly idempotency = new IdempotencyStore();
  /** Connected accounts whose incoming transfers are refused, with the error code to use. */
  readonly transferFailures = new Map<string, string>();
  readonly accountLinks = new Map<string, AccountLinkGrant>();
  /** Bumped by reset(), so a journal knows to start over. */
  generation = 0;

  constructor(
    public fees: FeeSchedule,
    public baseUrl: string,
    private readonly webhooks: WebhookSink,
  ) {}

  emit(
    owner: string,
    type: string,
    object: StripeObject,
    request: RequestInfo | null,
    previous?: Record<string, unknown>,
  ): EventObject {
    const event = buildEvent(owner, type, object, this.clock.now(), request, previous);
    event.pending_webhooks = this.webhooks.endpointCount();
    this.store.insert(owner, event);
    this.webhooks.enqueue(event);
    return event;
  }

  fee(amount: number): number {
    const percent = Math.floor((amount * this.fees.percentBps + 5000) / 10000);
    return Math.min(amount, percent + this.fees.fixed);
  }

  reset(): void {
    this.generation++;
    this.store.clear();
    this.idempotency.clear();
    this.transferFailures.clear();
    this.accountLinks.clear();
    this.clock.reset();
  }
}
