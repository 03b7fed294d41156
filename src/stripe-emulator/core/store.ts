/** The emulator's memory: every Stripe object by id, owned by the platform or by a connected
 * account (the `Stripe-Account` scope), kept in creation order for newest-first lists. */
export const PLATFORM = 'platform';

export interface StripeObject {
  id: string;
  object: string;
  created: number;
}

interface Entry {
  owner: string;
  seq: number;
  value: StripeObject;
}

export class ObjectStore {
  private readonly byId = new Map<string, Entry>();
  private readonly byKind = new Map<string, Entry[]>();
  private seq = 0;

  insert<T extends StripeObject>(owner: string, value: T): T {
    const entry: Entry = { owner, seq: ++this.seq, value };
    this.byId.set(value.id, entry);
    const kind = kindKey(owner, value.object);
    const list = this.byKind.get(kind);
    if (list) list.push(entry);
    else this.byKind.set(kind, [entry]);
    return value;
  }

  /** The object with this id and type in this scope, or undefined. */
  get<T extends StripeObject>(owner: string, object: T['object'], id: string): T | undefined {
    const entry = this.byId.get(id);
    if (!entry || entry.owner !== owner || entry.value.object !== object) return undefined;
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
  }
}

function kindKey(owner: string, object: string): string {
  return `${owner}\u0000${object}`;
}

/** A deep copy through JSON, which is exactly what goes over the wire. */
export function snapshot<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
