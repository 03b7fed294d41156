import fc from 'fast-check';
import { assertBalanced, imbalanceOf, legsOf, sameLegs, sortLegs } from './balance-check';
import { UnbalancedEntryError } from './ledger.errors';
import type { LedgerLeg, LedgerMove } from './ledger.types';

const ACCOUNTS = ['processor:clearing', 'platform:revenue', 'org:o1:escrow:task:t1', 'contractor:u1:payable'];
const CURRENCIES = ['USD', 'EUR', 'JPY'];

const move = fc
  .record({
    from: fc.constantFrom(...ACCOUNTS),
    to: fc.constantFrom(...ACCOUNTS),
    amount: fc.bigInt({ min: 1n, max: 2n ** 53n - 1n }),
    currency: fc.constantFrom(...CURRENCIES),
  })
  .filter((m) => m.from !== m.to);
const moves = fc.array(move, { minLength: 1, maxLength: 12 });

const leg = (account: string, amount: bigint, currency = 'USD'): LedgerLeg => ({ account, currency, amount });

describe('ledger balance check', () => {
  it('accepts legs that sum to zero per currency', () => {
    expect(imbalanceOf([leg('a:x', -5n), leg('b:y', 5n)])).toBeNull();
    expect(
      imbalanceOf([leg('a:x', -5n), leg('b:y', 5n), leg('a:x', -7n, 'JPY'), leg('b:y', 7n, 'JPY')]),
    ).toBeNull();
  });

  it('refuses fewer than two legs, a zero leg, and a currency that does not net to zero', () => {
    expect(imbalanceOf([])).toMatch(/at least two legs, got 0/);
    expect(imbalanceOf([leg('a:x', 5n)])).toMatch(/at least two legs, got 1/);
    expect(imbalanceOf([leg('a:x', 0n), leg('b:y', 0n)])).toMatch(/moves nothing/);
    expect(imbalanceOf([leg('a:x', -5n), leg('b:y', 4n)])).toBe('its USD legs sum to -1, not 0');
    // Balanced in total but not per currency: 5 USD cannot pay for 5 EUR.
    expect(imbalanceOf([leg('a:x', -5n, 'USD'), leg('b:y', 5n, 'EUR')])).toMatch(/sum to -5/);
    expect(() => assertBalanced([leg('a:x', -5n), leg('b:y', 4n)])).toThrow(UnbalancedEntryError);
  });

  it('expands a move into an outgoing and an incoming leg', () => {
    const m: LedgerMove = {
      from: 'org:o:escrow:task:t',
      to: 'contractor:u:payable',
      amount: 300n,
      currency: 'EUR',
    };
    expect(legsOf([m])).toEqual([
      { account: 'contractor:u:payable', currency: 'EUR', amount: 300n },
      { account: 'org:o:escrow:task:t', currency: 'EUR', amount: -300n },
    ]);
  });

  it('sorts legs by account and currency in code-unit order, incoming first', () => {
    const sorted = sortLegs([
      leg('b:y', -1n),
      leg('a:x', -2n, 'USD'),
      leg('a:x', 3n, 'USD'),
      leg('a:x', 1n, 'EUR'),
    ]);
    expect(sorted).toEqual([leg('a:x', 1n, 'EUR'), leg('a:x', 3n), leg('a:x', -2n), leg('b:y', -1n)]);
    // Not locale order: upper case sorts before lower case in every process alike.
    expect(sortLegs([leg('a:b', 1n), leg('a:B', 1n)]).map((l) => l.account)).toEqual(['a:B', 'a:b']);
  });

  it('compares leg sets as multisets', () => {
    expect(sameLegs([leg('a:x', -5n), leg('b:y', 5n)], [leg('b:y', 5n), leg('a:x', -5n)])).toBe(true);
    expect(sameLegs([leg('a:x', -5n), leg('b:y', 5n)], [leg('a:x', -6n), leg('b:y', 6n)])).toBe(false);
    expect(sameLegs([leg('a:x', -5n), leg('b:y', 5n)], [leg('a:x', -5n, 'EUR'), leg('b:y', 5n, 'EUR')])).toBe(
      false,
    );
    expect(sameLegs([leg('a:x', -5n), leg('b:y', 5n)], [leg('a:x', -5n)])).toBe(false);
  });
});

describe('ledger balance check: properties', () => {
  it('any moves expand to legs that balance, twice as many as the moves', () => {
    fc.assert(
      fc.property(moves, (ms) => {
        const legs = legsOf(ms);
        expect(legs).toHaveLength(ms.length * 2);
        expect(imbalanceOf(legs)).toBeNull();
      }),
    );
  });

  it('refuses any tampering: a changed amount, a dropped leg, a leg moved to another currency', () => {
    const tamper = fc.oneof(
      fc.record({
        kind: fc.constant('amount' as const),
        delta: fc.bigInt({ min: -1000n, max: 1000n }).filter((d) => d !== 0n),
      }),
      fc.record({ kind: fc.constant('drop' as const) }),
      fc.record({ kind: fc.constant('currency' as const), currency: fc.constantFrom('GBP', 'CHF') }),
    );
    fc.assert(
      fc.property(moves, fc.nat(), tamper, (ms, pick, t) => {
        const legs = legsOf(ms);
        const i = pick % legs.length;
        const tampered =
          t.kind === 'drop'
            ? legs.filter((_, j) => j !== i)
            : legs.map((l, j) =>
                j !== i
                  ? l
                  : t.kind === 'amount'
                    ? { ...l, amount: l.amount + t.delta }
                    : { ...l, currency: t.currency },
              );
        expect(imbalanceOf(tampered)).not.toBeNull();
        expect(() => assertBalanced(tampered)).toThrow(UnbalancedEntryError);
      }),
    );
  });

  it('writes each account incoming first, so it never dips below where the entry leaves it (or zero)', () => {
    fc.assert(
      fc.property(moves, (ms) => {
        const running = new Map<string, bigint>();
        const lowest = new Map<string, bigint>();
        for (const l of legsOf(ms)) {
          const key = `${l.account}/${l.currency}`;
          const now = (running.get(key) ?? 0n) + l.amount;
          running.set(key, now);
          if (now < (lowest.get(key) ?? 0n)) lowest.set(key, now);
        }
        for (const [key, low] of lowest) expect(low).toBe(running.get(key)! < 0n ? running.get(key) : 0n);
      }),
    );
  });

  it('is order-blind when comparing leg sets', () => {
    fc.assert(
      fc.property(moves, fc.nat(), (ms, seed) => {
        const legs = legsOf(ms);
        const shuffled = [...legs].sort(
          (a, b) => ((legs.indexOf(a) * 7919 + seed) % 13) - ((legs.indexOf(b) * 7919 + seed) % 13),
        );
        expect(sameLegs(legs, shuffled)).toBe(true);
      }),
    );
  });
});
