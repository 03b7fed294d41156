/** What a rate row prices: one accepted sample of a kind and tier, in a currency, for a SOC code. */
export interface RateRowKey {
  professionCode: string;
  artifactKind: string;
  tier: string;
  currency: string;
}

export interface PricedRow extends RateRowKey {
  baseAmountMinor: bigint;
  estimatedMinutes: number;
}

export interface PayCut {
  /** The work whose pay falls: a row of either table. */
  key: RateRowKey;
  before: PricedRow;
  after: PricedRow;
}

const keyOf = (r: RateRowKey, code = r.professionCode) => `${code}|${r.artifactKind}|${r.tier}|${r.currency}`;

/**
 * The first work `next` pays worse than `current` — a lower price, or more estimated minutes for
 * it — or null when it cuts nothing. Work is priced as a quote prices it: the occupation's own row,
 * else its nearest group's (`lineage`: the code, then its groups up to the major one), so a row
 * dropped in favour of a cheaper group row is a cut too. Only the keys of the two tables' rows are
 * compared: any other occupation resolves, in both tables, exactly as its nearest ancestor among
 * those keys does. Work `next` no longer prices at all is no cut: no new task can be priced there.
 */
export function firstPayCut(
  current: readonly PricedRow[],
  next: readonly PricedRow[],
  lineage: (professionCode: string) => readonly string[],
): PayCut | null {
  const before = new Map(current.map((r) => [keyOf(r), r]));
  const after = new Map(next.map((r) => [keyOf(r), r]));
  const resolve = (table: Map<string, PricedRow>, k: RateRowKey) => {
    for (const code of lineage(k.professionCode)) {
      const row = table.get(keyOf(k, code));
      if (row) return row;
    }
    return undefined;
  };
  for (const k of [...current, ...next]) {
    const was = resolve(before, k);
    const is = resolve(after, k);
    if (was && is && (is.baseAmountMinor < was.baseAmountMinor || is.estimatedMinutes > was.estimatedMinutes))
      return { key: k, before: was, after: is };
  }
  return null;
}
