import { idempotencyMismatch } from './errors';

export interface SavedResponse {
  status: number;
  body: string;
  requestId: string;
}

export interface Entry {
  fingerprint: string;
  response: SavedResponse;
}

/** What a request's execution yields: the response, and whether Stripe would keep it for replay
 * (only requests that started executing; validation failures and injected faults are not kept). */
export interface Execution {
  response: SavedResponse | null;
  save: boolean;
}

/**
 * `Idempotency-Key` semantics, scoped per account (platform or `Stripe-Account`): the first
 * request with a key runs; later ones with the same method, path and parameters get its saved
 * response; different parameters get an `idempotency_error`. Requests with the same key run one
 * at a time, so two concurrent attempts (e.g. a client retry racing a slow original) never both
 * execute. Keys are kept until `clear()` (Stripe keeps them 24 hours).
 */
export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>();
  private readonly tails = new Map<string, Promise<void>>();
  /** Slots saved since the last `drainSaved()`, for a journal. */
  private saved: string[] = [];

  async run(
    scope: string,
    key: string,
    fingerprint: string,
    execute: () => Promise<Execution>,
  ): Promise<{ response: SavedResponse | null; replayed: boolean }> {
    const slot = `${scope}\u0000${key}`;
    const previous = this.tails.get(slot) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(slot, tail);
    await previous;
    try {
      const saved = this.entries.get(slot);
      if (saved) {
        if (saved.fingerprint !== fingerprint) throw idempotencyMismatch(key);
        return { response: saved.response, replayed: true };
      }
      const outcome = await execute();
      if (outcome.save && outcome.response) {
        this.entries.set(slot, { fingerprint, response: outcome.response });
        this.saved.push(slot);
      }
      return { response: outcome.response, replayed: false };
    } finally {
      release();
      if (this.tails.get(slot) === tail) this.tails.delete(slot);
    }
  }

  clear(): void {
    this.entries.clear();
    this.saved = [];
  }

  drainSaved(): [string, Entry][] {
    const out = this.saved.map((slot): [string, Entry] => [slot, this.entries.get(slot)!]);
    this.saved = [];
    return out.filter(([, entry]) => entry !== undefined);
  }

  all(): [string, Entry][] {
    return [...this.entries.entries()];
  }

  restore(slot: string, entry: Entry): void {
    this.entries.set(slot, entry);
  }
}
