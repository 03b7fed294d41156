import type { ClientRequest } from 'node:http';
import type { EventObject } from '../core/events';
import { FaultQueue, type WebhookFault } from '../core/faults';
import type { WebhookSink } from '../core/state';
import { seededRandom } from '../core/random';
import { postWebhook } from './send';
import { signatureHeader } from './signing';

export interface WebhookEndpoint {
  url: string;
  secret: string;
}

export interface DeliveryOptions {
  /** Extra copies of every event (at-least-once delivery made visible). Default 0. */
  duplicates?: number;
  /** Deliver pending events in random order instead of creation order. Default false. */
  shuffle?: boolean;
  /** Seed of the shuffle, for a reproducible order. */
  seed?: number;
  /** Waits before each retry of a failed attempt; when they run out the delivery is abandoned. */
  retryDelaysMs?: number[];
  /** How long an attempt may take before it counts as failed. Default 10 000. */
  timeoutMs?: number;
  /** Keep events queued until `flushWebhooks()` is called. Default false. */
  hold?: boolean;
  /** Attempts in flight at once. Default 1 (one after the other). */
  concurrency?: number;
}

export interface DeliveryRecord {
  eventId: string;
  type: string;
  /** 1 for the first attempt of a copy, 2 for its first retry, … */
  attempt: number;
  /** 0 for the original, 1.. for duplicates. */
  copy: number;
  /** HTTP status seen (or injected); null when there was no answer. */
  status: number | null;
  ok: boolean;
  error?: string;
  injected: boolean;
  at: number;
}

interface Pending {
  event: EventObject;
  payload: string;
  copy: number;
  attempt: number;
}

export const DEFAULT_RETRY_DELAYS_MS = [100, 500, 2_000, 10_000, 60_000];

/** Sends events to the webhook endpoint, signed, asynchronously, at least once. */
export class WebhookDispatcher implements WebhookSink {
  private endpoint: WebhookEndpoint | null = null;
  private options: Required<Omit<DeliveryOptions, 'seed'>>;
  private random: () => number = Math.random;
  private ready: Pending[] = [];
  private active = 0;
  private flushing = 0;
  private pumpScheduled = false;
  private closed = false;
  /** Bumped by reset(): attempts started before it must not log or retry afterwards. */
  private epoch = 0;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<ClientRequest>();
  private readonly idleWaiters: (() => void)[] = [];
  private readonly log: DeliveryRecord[] = [];
  /** Events whose original copy has not been delivered or abandoned yet, by id. */
  private readonly pending = new Map<string, EventObject>();
  /** Restored pending events waiting for an endpoint to be set. */
  private waiting: EventObject[] = [];
  readonly faults = new FaultQueue<WebhookFault>();
  /** Called when an event stops being pending outside an API request (delivered, abandoned). */
  onSettled: (event: EventObject) => void = () => undefined;

  constructor(
    options: DeliveryOptions,
    private readonly logger: (line: string) => void,
  ) {
    this.options = this.withDefaults(options);
  }

  private withDefaults(o: DeliveryOptions): Required<Omit<DeliveryOptions, 'seed'>> {
    if (o.seed !== undefined) this.random = seededRandom(o.seed);
    return {
      duplicates: o.duplicates ?? 0,
      shuffle: o.shuffle ?? false,
      retryDelaysMs: o.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
      timeoutMs: o.timeoutMs ?? 10_000,
      hold: o.hold ?? false,
      concurrency: Math.max(1, o.concurrency ?? 1),
    };
  }

  configure(options: DeliveryOptions): void {
    this.options = this.withDefaults({ ...this.options, ...options });
    this.schedulePump();
  }

  setEndpoint(endpoint: WebhookEndpoint | null): void {
    this.endpoint = endpoint;
    if (endpoint) for (const event of this.waiting.splice(0)) this.enqueue(event);
  }

  /** Ids of the events still to be delivered (at least once), for a journal. */
  pendingEventIds(): string[] {
    return [...this.pending.keys()];
  }

  /** Events a previous run had not delivered: sent now if an endpoint is set, else once one is. */
  restorePending(events: EventObject[]): void {
    for (const event of events) {
      this.pending.set(event.id, event);
      if (this.endpoint) this.enqueue(event);
      else this.waiting.push(event); // sent once an endpoint is set
    }
  }

  endpointCount(): number {
    return this.endpoint ? 1 : 0;
  }

  enqueue(event: EventObject): void {
    if (!this.endpoint || this.closed) return;
    // Stripe sends the event pretty-printed; the signature covers these exact bytes.
    const payload = JSON.stringify(event, null, 2);
    this.pending.set(event.id, event);
    for (let copy = 0; copy <= this.options.duplicates; copy++) {
      this.ready.push({ event, payload, copy, attempt: 1 });
    }
    this.schedulePump();
  }

  deliveries(): DeliveryRecord[] {
    return this.log.map((r) => ({ ...r }));
  }

  /** Resolves once nothing is queued, in flight or waiting for a retry. Held events are sent. */
  async flush(timeoutMs = 30_000): Promise<void> {
    this.flushing++;
    this.schedulePump();
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          const i = this.idleWaiters.indexOf(done);
          if (i >= 0) this.idleWaiters.splice(i, 1);
          reject(
            new Error(`webhook deliveries still pending after ${timeoutMs} ms (${this.pendingCount()} left)`),
          );
        }, timeoutMs);
        const done = (): void => {
          clearTimeout(timer);
          resolve();
        };
        this.idleWaiters.push(done);
        this.settle();
      });
    } finally {
      this.flushing--;
    }
  }

  /** Forgets queued deliveries, scheduled retries and the log. */
  reset(): void {
    this.epoch++;
    this.ready = [];
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const r of this.inFlight) r.destroy();
    this.log.length = 0;
    this.pending.clear();
    this.waiting = [];
    this.faults.clear();
    this.settle();
  }

  close(): void {
    this.closed = true;
    this.reset();
  }

  private pendingCount(): number {
    return this.ready.length + this.active + this.timers.size;
  }

  private settle(): void {
    const held = this.options.hold && this.flushing === 0;
    if (this.active + this.timers.size === 0 && (this.ready.length === 0 || held || this.closed)) {
      for (const w of this.idleWaiters.splice(0)) w();
    }
  }

  private schedulePump(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    // Deferred, so every event of one API request is queued before any is sent (and shuffled together).
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    if (this.closed || (this.options.hold && this.flushing === 0)) return this.settle();
    while (this.active < this.options.concurrency && this.ready.length > 0) {
      const index = this.options.shuffle ? Math.floor(this.random() * this.ready.length) : 0;
      const [item] = this.ready.splice(index, 1);
      this.active++;
      void this.attempt(item).finally(() => {
        this.active--;
        this.pump();
      });
    }
    this.settle();
  }

  private async attempt(item: Pending): Promise<void> {
    const endpoint = this.endpoint;
    if (!endpoint) return;
    const epoch = this.epoch;
    const fault = this.faults.take();
    const started = Date.now();
    let status: number | null = null;
    let error: string | undefined;
    if (!fault?.drop) {
      const timeout =
        fault?.timeoutMs !== undefined
          ? Math.min(fault.timeoutMs, this.options.timeoutMs)
          : this.options.timeoutMs;
      const header = signatureHeader(item.payload, endpoint.secret, Math.floor(Date.now() / 1000));
      const result = await postWebhook(endpoint.url, item.payload, header, timeout, this.inFlight);
      status = result.status;
      error = result.error;
    } else {
      error = 'dropped (injected fault)';
    }
    if (fault?.status !== undefined) {
      status = fault.status;
      error = undefined;
    } else if (fault?.timeoutMs !== undefined && !error) {
      status = null;
      error = 'timed out (injected fault)';
    }
    const ok = status !== null && status >= 200 && status < 300;
    if (this.closed || epoch !== this.epoch) return;
    this.log.push({
      eventId: item.event.id,
      type: item.event.type,
      attempt: item.attempt,
      copy: item.copy,
      status,
      ok,
      error,
      injected: !!fault,
      at: started,
    });
    this.logger(`webhook ${item.event.type} ${item.event.id} attempt ${item.attempt} -> ${status ?? error}`);
    if (ok) {
      item.event.pending_webhooks = Math.max(0, item.event.pending_webhooks - (item.copy === 0 ? 1 : 0));
      return this.settled(item);
    }
    const delay = this.options.retryDelaysMs[item.attempt - 1];
    if (delay === undefined) {
      this.logger(`webhook ${item.event.id} abandoned after ${item.attempt} attempts`);
      return this.settled(item);
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.ready.push({ ...item, attempt: item.attempt + 1 });
      this.schedulePump();
    }, delay);
    this.timers.add(timer);
  }

  private settled(item: Pending): void {
    if (item.copy !== 0 || this.pending.get(item.event.id) !== item.event) return;
    this.pending.delete(item.event.id);
    this.onSettled(item.event);
  }
}
