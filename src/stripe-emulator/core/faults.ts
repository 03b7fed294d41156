/** Failures injected into API requests. `status` answers with Stripe's error for that status (500 →
 * `api_error`); `timeoutMs` holds the response back that long, so a client with a shorter timeout
 * gives up and retries. `when: 'before'` (default) fails before the request runs (nothing happens,
 * and a timed-out request whose client has gone is dropped); `'after'` runs it first (the object is
 * created and saved for idempotent replay) and then fails: the "response lost" case. */
export interface ApiFault {
  /** A RegExp tested against the path, or a path that matches itself and everything below it. */
  path?: RegExp | string;
  method?: string;
  status?: number;
  timeoutMs?: number;
  when?: 'before' | 'after';
  /** How many matching requests fail. */
  count: number;
}

/** Failures injected into webhook deliveries. The request is still sent to the endpoint (so the
 * app does see the event) unless `drop` is set, but the attempt counts as failed — answered with
 * `status`, or timed out after `timeoutMs` — and is retried: at-least-once delivery in action. */
export interface WebhookFault {
  status?: number;
  timeoutMs?: number;
  drop?: boolean;
  count: number;
}

export class FaultQueue<T extends { count: number }> {
  private faults: { spec: T; left: number }[] = [];

  add(spec: T): void {
    if (!Number.isInteger(spec.count) || spec.count < 1) throw new Error('a fault needs count >= 1');
    this.faults.push({ spec, left: spec.count });
  }

  /** The first fault that matches, consuming one of its uses. */
  take(matches: (spec: T) => boolean = () => true): T | undefined {
    const found = this.faults.find((f) => f.left > 0 && matches(f.spec));
    if (!found) return undefined;
    found.left--;
    this.faults = this.faults.filter((f) => f.left > 0);
    return found.spec;
  }

  clear(): void {
    this.faults = [];
  }
}

export function faultMatches(fault: ApiFault, method: string, path: string): boolean {
  if (fault.method && fault.method.toUpperCase() !== method) return false;
  if (fault.path === undefined) return true;
  if (typeof fault.path === 'string') return path === fault.path || path.startsWith(`${fault.path}/`);
  fault.path.lastIndex = 0; // a /g RegExp would otherwise remember where it stopped
  return fault.path.test(path);
}
