import { seededRandom } from './random';

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
  /** Close the connection without an answer (after doing the work when `when` is 'after'). */
  drop?: boolean;
  /** How many matching requests fail. */
  count: number;
}

/**
 * A seeded share of the requests matching any of `faults` fails with one of the matching ones,
 * picked at random too: the same seed and the same requests fail the same way again.
 */
export interface RandomFaults<T> {
  /** Share of matching requests that fail, 0 to 1. */
  rate: number;
  seed: number;
  faults: Omit<T, 'count'>[];
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
  private chance: { spec: RandomFaults<T>; next: () => number } | null = null;
  /** Faults handed out so far, queued and random (kept across `clear`). */
  taken = 0;

  add(spec: T): void {
    if (!Number.isInteger(spec.count) || spec.count < 1) throw new Error('a fault needs count >= 1');
    this.faults.push({ spec, left: spec.count });
  }

  /** From now on (until `clear`) a random share of matching requests fails; see RandomFaults. */
  random(spec: RandomFaults<T>): void {
    if (!(spec.rate >= 0 && spec.rate <= 1)) throw new Error('a random fault rate is between 0 and 1');
    if (spec.faults.length === 0) throw new Error('random faults need at least one fault');
    this.chance = { spec, next: seededRandom(spec.seed) };
  }

  /** The first queued fault that matches, consuming one of its uses; else maybe a random one. */
  take(matches: (spec: T) => boolean = () => true): T | undefined {
    const found = this.faults.find((f) => f.left > 0 && matches(f.spec));
    if (!found) {
      const random = this.takeRandom(matches);
      if (random) this.taken++;
      return random;
    }
    this.taken++;
    found.left--;
    this.faults = this.faults.filter((f) => f.left > 0);
    return found.spec;
  }

  private takeRandom(matches: (spec: T) => boolean): T | undefined {
    if (!this.chance) return undefined;
    const candidates = this.chance.spec.faults.map((f) => ({ ...f, count: 1 }) as T).filter(matches);
    if (candidates.length === 0) return undefined;
    const { next, spec } = this.chance;
    const hit = next() < spec.rate;
    const pick = Math.floor(next() * candidates.length); // drawn either way: one pair per request
    return hit ? candidates[pick] : undefined;
  }

  clear(): void {
    this.faults = [];
    this.chance = null;
  }
}

export function faultMatches(fault: ApiFault, method: string, path: string): boolean {
  if (fault.method && fault.method.toUpperCase() !== method) return false;
  if (fault.path === undefined) return true;
  if (typeof fault.path === 'string') return path === fault.path || path.startsWith(`${fault.path}/`);
  fault.path.lastIndex = 0; // a /g RegExp would otherwise remember where it stopped
  return fault.path.test(path);
}
