/** The emulator's memory: every Stripe object by id, owned by the platform or by a connected
 * account (the `Stripe-Account` scope), kept in creation order for newest-first lists. */
export const PLATFORM = 'platform';

export interface StripeObject {
  id: string;
  object: string;
  created: number;
}

export interface Entry {
  owner: string;
  seq: number;
  value: StripeObject;
}

export class ObjectStore {
  private readonly byId = new Map<string, Entry>();
  private readonly byKind = new Map<string, Entry[]>();
  private seq = 0;
  /** Ids handed out by `insert`/`get` since the last `drainTouched()`: the only objects a request
   * can have changed (handlers mutate what they fetched), so all a journal has to look at. */
  private touched = new Set<string>();

  insert<T extends StripeObject>(owner: string, value: T): T {
    const entry: Entry = { owner, seq: ++this.seq, value };
    this.add(entry);
    return value;
  }

  private add(entry: Entry): void {
    const value = entry.value;
    this.touched.add(value.id);
    this.byId.set(value.id, entry);
    const kind = kindKey(entry.owner, value.object);
    const list = this.byKind.get(kind);
    if (list) list.push(entry);
    else this.byKind.set(kind, [entry]);
  }

  /** The object with this id and type in this scope, or undefined. */
  get<T extends StripeObject>(owner: string, object: T['object'], id: string): T | undefined {
    const entry = this.byId.get(id);
    if (!entry || entry.owner !== owner || entry.value.object !== object) return undefined;
    this.touched.add(id);
    return entry.value as T;
  }

  /** Any object by id regardless of scope (for `expand`, which follows links across accounts). */
  lookup(id: string): StripeObject | undefined {
    return this.byId.get(id)?.value;
  }

  ownerOf(id: string): string | undefined {
    return this.byId.get(id)?.owner;
  }

  /** Creation order, used as the pagination cursor (several objects share a `created` second). */
  sequence(id: string): number | undefined {
    return this.byId.get(id)?.seq;
  }

  /** Newest first. */
  list<T extends StripeObject>(owner: string, object: T['object']): T[] {
    const list = this.byKind.get(kindKey(owner, object)) ?? [];
    const out: T[] = [];
    for (let i = list.length - 1; i >= 0; i--) out.push(list[i].value as T);
    return out;
  }

  clear(): void {
    this.byId.clear();
    this.byKind.clear();
    this.touched.clear();
  }

  /** The entries fetched or created since the last call, in creation order. */
  drainTouched(): Entry[] {
    const out: Entry[] = [];
    for (const id of this.touched) {
      const entry = this.byId.get(id);
      if (entry) out.push(entry);
    }
    this.touched = new Set();
    return out.sort((a, b) => a.seq - b.seq);
  }

  /** Marks an object as possibly changed outside a handler (e.g. a delivered event). */
  touch(id: string): void {
    if (this.byId.has(id)) this.touched.add(id);
  }

  /** Every entry in creation order. */
  entries(): Entry[] {
    return [...this.byId.values()].sort((a, b) => a.seq - b.seq);
  }

  /** Puts back an entry read from a journal: replaces the object if the id is known, keeping its
   * place in the lists, and keeps the sequence counter ahead of every restored entry. */
  restore(entry: Entry): void {
    const known = this.byId.get(entry.value.id);
    if (known) known.value = entry.value;
    else this.add({ ...entry });
    this.seq = Math.max(this.seq, entry.seq);
    this.touched.delete(entry.value.id);
  }
}

function kindKey(owner: string, object: string): string {
  return `${owner}\u0000${object}`;
}

/** A deep copy through JSON, which is exactly what goes over the wire. */
export function snapshot<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
