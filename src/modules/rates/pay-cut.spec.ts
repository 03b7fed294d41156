import fc from 'fast-check';
import { firstPayCut, PricedRow } from './pay-cut';

/** A small SOC-like tree: a major group, two minor groups, occupations under them. */
const PARENT: Record<string, string | null> = {
  '43-0000': null,
  '43-4000': '43-0000',
  '43-9000': '43-0000',
  '43-4051': '43-4000',
  '43-4171': '43-4000',
  '43-9021': '43-9000',
};
const CODES = Object.keys(PARENT);
const lineage = (code: string): string[] => {
  const out: string[] = [];
  for (let c: string | null = code; c; c = PARENT[c]) out.push(c);
  return out;
};
const row = (professionCode: string, baseAmountMinor: bigint, estimatedMinutes = 30, currency = 'USD') => ({
  professionCode,
  artifactKind: 'EMAIL',
  tier: 'STANDARD',
  currency,
  baseAmountMinor,
  estimatedMinutes,
});

describe('firstPayCut', () => {
  const current = [row('43-0000', 2000n), row('43-4051', 2500n), row('43-0000', 1800n, 30, 'EUR')];

  it('finds no cut in the same table, a raise, or a table that drops work entirely', () => {
    expect(firstPayCut(current, current, lineage)).toBeNull();
    expect(firstPayCut(current, [row('43-0000', 2001n), row('43-4051', 2500n, 29)], lineage)).toBeNull();
    expect(firstPayCut([row('43-4051', 2500n)], [row('43-4171', 100n)], lineage)).toBeNull();
  });

  it('finds a lower price, more minutes, and a mixed table', () => {
    expect(firstPayCut(current, [row('43-0000', 1999n), row('43-4051', 2500n)], lineage)).toMatchObject({
      key: { professionCode: '43-0000', currency: 'USD' },
      before: { baseAmountMinor: 2000n },
      after: { baseAmountMinor: 1999n },
    });
    expect(firstPayCut(current, [row('43-0000', 2000n, 31)], lineage)?.after.estimatedMinutes).toBe(31);
    const mixed = [row('43-0000', 2600n), row('43-4051', 2400n)];
    expect(firstPayCut(current, mixed, lineage)?.key.professionCode).toBe('43-4051');
  });

  it('counts a dropped row whose work falls back to a cheaper group row', () => {
    const cut = firstPayCut(current, [row('43-0000', 2000n)], lineage);
    expect(cut).toMatchObject({ before: { baseAmountMinor: 2500n }, after: { professionCode: '43-0000' } });
    // …and a new own row cheaper than the group row the occupation used to fall back to
    expect(firstPayCut(current, [...current, row('43-9021', 1900n)], lineage)?.key.professionCode).toBe(
      '43-9021',
    );
  });

  it('agrees with quoting every occupation of the tree in both tables', () => {
    const table = fc.uniqueArray(
      fc.record({
        code: fc.constantFrom(...CODES),
        base: fc.bigInt({ min: 1n, max: 5n }),
        minutes: fc.integer({ min: 1, max: 3 }),
      }),
      { selector: (r) => r.code, maxLength: CODES.length },
    );
    const rows = (t: { code: string; base: bigint; minutes: number }[]): PricedRow[] =>
      t.map((r) => row(r.code, r.base, r.minutes));
    fc.assert(
      fc.property(table, table, (a, b) => {
        const quote = (t: PricedRow[], code: string) =>
          lineage(code)
            .map((c) => t.find((r) => r.professionCode === c))
            .find((r) => r !== undefined);
        const worse = CODES.some((code) => {
          const was = quote(rows(a), code);
          const is = quote(rows(b), code);
          return (
            !!was &&
            !!is &&
            (is.baseAmountMinor < was.baseAmountMinor || is.estimatedMinutes > was.estimatedMinutes)
          );
        });
        return (firstPayCut(rows(a), rows(b), lineage) !== null) === worse;
      }),
    );
  });
});
