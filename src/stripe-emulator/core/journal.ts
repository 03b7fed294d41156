/**
 * Keeps the emulator's state on disk so that a restart loses nothing: objects (customers, payment
 * intents, charges, refunds, accounts, transfers, balance transactions, events…), idempotency
 * records, account links, refused-transfer settings, the clock offset and the events whose
 * webhook was not delivered yet.
 *
 * Why a file of its own (`<dir>/journal.jsonl`) and not a schema in the app's database: the
 * emulator stands in for an external service, so it owns its storage the way Stripe does and
 * needs no database (it also runs standalone); its handlers are synchronous, and a synchronous
 * append before each response keeps "the client saw it" ⇒ "it is on disk" without making every
 * handler asynchronous. The app's database and this file live side by side under DATA_DIR.
 *
 * Format: JSON lines. Each line is what one request (or one delivery) changed — the objects it
 * created or modified in full, new idempotency records, the small maps when they differ — and
 * replaying the lines in order rebuilds the state. Opening compacts the file into one line.
 * Appends are not fsynced: they survive the process being killed, not the machine losing power,
 * which is what an offline stand-in needs. A torn last line (killed mid-write) is ignored.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { EventObject } from './events';
import type { Entry as IdempotencyEntry } from './idempotency';
import type { EmulatorState } from './state';
import type { Entry } from './store';

/** Beyond this many appended lines the journal is rewritten as one (replay stays quick). */
const COMPACT_AFTER_LINES = 5_000;

interface Line {
  /** Objects: [owner, seq, value]. */
  o?: [string, number, Entry['value']][];
  /** Idempotency records: [slot, record]. */
  i?: [string, IdempotencyEntry][];
  tf?: [string, string][];
  al?: [string, unknown][];
  /** Clock offset in ms. */
  c?: number;
  /** Ids of events whose webhook is still to be delivered. */
  p?: string[];
}

export interface PendingWebhooks {
  pendingEventIds(): string[];
  restorePending(events: EventObject[]): void;
}

export class StateJournal {
  private fd: number | null = null;
  private appended = 0;
  /** What each object looked like when last written, so unchanged ones are not written again. */
  private readonly written = new Map<string, string>();
  private last = { tf: '[]', al: '[]', c: 0, p: '[]', generation: 0 };

  private constructor(
    private readonly file: string,
    private readonly state: EmulatorState,
    private readonly webhooks: PendingWebhooks,
  ) {}

  /** Reads `<dir>/journal.jsonl` into `state` (creating the directory), then compacts it. */
  static open(dir: string, state: EmulatorState, webhooks: PendingWebhooks): StateJournal {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const journal = new StateJournal(join(dir, 'journal.jsonl'), state, webhooks);
    const pending = journal.replay();
    journal.compact();
    webhooks.restorePending(
      pending.map((id) => state.store.lookup(id)).filter((e): e is EventObject => e?.object === 'event'),
    );
    return journal;
  }

  /** Appends what changed since the last commit; synchronous, so it precedes the response. */
  commit(): void {
    if (this.fd === null) return;
    if (this.state.generation !== this.last.generation) return this.compact(); // reset() forgot all
    const line: Line = {};
    const objects = this.state.store.drainTouched().filter((e) => this.changed(e));
    if (objects.length > 0) line.o = objects.map((e) => [e.owner, e.seq, e.value]);
    const saved = this.state.idempotency.drainSaved();
    if (saved.length > 0) line.i = saved;
    const tf = JSON.stringify([...this.state.transferFailures]);
    if (tf !== this.last.tf) line.tf = [...this.state.transferFailures];
    const al = JSON.stringify([...this.state.accountLinks]);
    if (al !== this.last.al) line.al = [...this.state.accountLinks];
    if (this.state.clock.offsetMs !== this.last.c) line.c = this.state.clock.offsetMs;
    const p = JSON.stringify(this.webhooks.pendingEventIds());
    if (p !== this.last.p) line.p = this.webhooks.pendingEventIds();
    this.last = { tf, al, c: this.state.clock.offsetMs, p, generation: this.state.generation };
    if (Object.keys(line).length === 0) return;
    writeSync(this.fd, JSON.stringify(line) + '\n');
    if (++this.appended >= COMPACT_AFTER_LINES) this.compact();
  }

  close(): void {
    if (this.fd === null) return;
    this.commit();
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = null;
  }

  private changed(entry: Entry): boolean {
    const json = JSON.stringify(entry.value);
    if (this.written.get(entry.value.id) === json) return false;
    this.written.set(entry.value.id, json);
    return true;
  }

  private replay(): string[] {
    let pending: string[] = [];
    if (!existsSync(this.file)) return pending;
    const lines = readFileSync(this.file, 'utf8').split('\n');
    lines.forEach((text, index) => {
      if (text.trim() === '') return;
      let line: Line;
      try {
        line = JSON.parse(text) as Line;
      } catch (error) {
        if (index >= lines.length - 2) return; // torn last line: the process died mid-append
        throw new Error(`${this.file} line ${index + 1} is not JSON: ${String(error)}`);
      }
      for (const [owner, seq, value] of line.o ?? []) this.state.store.restore({ owner, seq, value });
      for (const [slot, entry] of line.i ?? []) this.state.idempotency.restore(slot, entry);
      if (line.tf) replaceMap(this.state.transferFailures, line.tf);
      if (line.al) replaceMap(this.state.accountLinks, line.al as [string, never][]);
      if (line.c !== undefined) this.state.clock.offsetMs = line.c;
      if (line.p) pending = line.p;
    });
    this.state.store.drainTouched();
    this.state.idempotency.drainSaved();
    return pending;
  }

  /** Rewrites the journal as one line holding the whole state (write, fsync, rename). */
  private compact(): void {
    if (this.fd !== null) closeSync(this.fd);
    const entries = this.state.store.entries();
    const line: Line = {
      o: entries.map((e) => [e.owner, e.seq, e.value]),
      i: this.state.idempotency.all(),
      tf: [...this.state.transferFailures],
      al: [...this.state.accountLinks],
      c: this.state.clock.offsetMs,
      p: this.webhooks.pendingEventIds(),
    };
    const tmp = `${this.file}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    writeSync(fd, JSON.stringify(line) + '\n');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, this.file);
    this.written.clear();
    for (const e of entries) this.written.set(e.value.id, JSON.stringify(e.value));
    this.state.store.drainTouched();
    this.state.idempotency.drainSaved();
    this.last = {
      tf: JSON.stringify(line.tf),
      al: JSON.stringify(line.al),
      c: line.c!,
      p: JSON.stringify(line.p),
      generation: this.state.generation,
    };
    this.fd = openSync(this.file, 'a', 0o600);
    this.appended = 0;
  }
}

function replaceMap<V>(map: Map<string, V>, entries: [string, V][]): void {
  map.clear();
  for (const [k, v] of entries) map.set(k, v);
}
