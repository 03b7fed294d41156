import { compare } from './match';
import type { Side } from './reconciliation.types';

const at = new Date('2026-11-15T00:00:00Z');
const window = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') };
const side = (amount: bigint, currency = 'USD', status = 'succeeded', when = at): Side => ({
  amount,
  currency,
  status,
  at: when,
});

describe('compare', () => {
  it('counts matches and names each kind of mismatch', () => {
    const ledger = new Map([
      ['a', side(100n)],
      ['b', side(100n)],
      ['c', side(100n)],
      ['d', side(100n)],
      ['e', side(100n)],
    ]);
    const processor = new Map([
      ['a', side(100n)],
      ['c', side(90n)],
      ['d', side(100n, 'EUR')],
      ['e', side(100n, 'USD', 'reversed')],
      ['f', side(5n)],
    ]);
    const r = compare('funding', ledger, processor, window, () => 'succeeded');
    expect(r.matched).toBe(1);
    expect(r.mismatches.map((m) => [m.reference, m.kind])).toEqual([
      ['funding:b', 'MISSING_AT_PROCESSOR'],
      ['funding:c', 'AMOUNT_MISMATCH'],
      ['funding:d', 'CURRENCY_MISMATCH'],
      ['funding:e', 'STATUS_MISMATCH'],
      ['funding:f', 'MISSING_IN_LEDGER'],
    ]);
    expect(r.mismatches[1].ledger).toEqual({ amount: 100n, currency: 'USD' });
    expect(r.mismatches[1].processor).toEqual({ amount: 90n, currency: 'USD' });
  });

  it('leaves out movements dated outside the window, by the ledger date first', () => {
    const outside = new Date('2026-12-01T00:00:00Z');
    const ledger = new Map([['a', side(100n, 'USD', 'succeeded', outside)]]);
    const processor = new Map([
      ['a', side(100n)],
      ['b', side(1n, 'USD', 'succeeded', outside)],
    ]);
    expect(compare('funding', ledger, processor, window, () => 'succeeded')).toEqual({
      matched: 0,
      mismatches: [],
    });
  });
});
