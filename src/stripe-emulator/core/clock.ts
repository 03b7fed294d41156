/** Wall-clock time with an offset tests can advance, so `created` filters can be exercised
 * without sleeping. Webhook signatures use the real time (the SDK checks them against it). */
export class Clock {
  /** How far the clock has been advanced; kept by a journal. */
  offsetMs = 0;

  nowMs(): number {
    return Date.now() + this.offsetMs;
  }

  /** Unix seconds, what Stripe puts in `created`. */
  now(): number {
    return Math.floor(this.nowMs() / 1000);
  }

  advance(seconds: number): void {
    this.offsetMs += seconds * 1000;
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
