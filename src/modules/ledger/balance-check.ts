import { UnbalancedEntryError } from './ledger.errors';
import type { LedgerLeg, LedgerMove } from './ledger.types';

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The order legs are written in: by account, then currency (code-unit order, not locale, so every
 * process agrees), then incoming before outgoing. Writing a leg locks its balance row; taking
 * those locks in one global order means two entries touching the same accounts never deadlock.
 * Incoming first so an account that both receives and pays in one entry never dips below zero
 * half-way through it.
 */
export function sortLegs<T extends LedgerLeg>(legs: readonly T[]): T[] {
  return [...legs].sort(
    (x, y) =>
      byCodeUnits(x.account, y.account) ||
      byCodeUnits(x.currency, y.currency) ||
      (x.amount > y.amount ? -1 : x.amount < y.amount ? 1 : 0),
  );
}

/** Each move becomes two signed legs: the amount leaves `from` and enters `to`. */
export function legsOf(moves: readonly LedgerMove[]): LedgerLeg[] {
  return sortLegs(
    moves.flatMap((m) => [
      { account: m.from, currency: m.currency, amount: -m.amount },
      { account: m.to, currency: m.currency, amount: m.amount },
    ]),
  );
}

/** Whether two leg sets are the same multiset (order ignored). */
export function sameLegs(a: readonly LedgerLeg[], b: readonly LedgerLeg[]): boolean {
  if (a.length !== b.length) return false;
  const [x, y] = [sortLegs(a), sortLegs(b)];
  return x.every(
    (leg, i) => leg.account === y[i].account && leg.currency === y[i].currency && leg.amount === y[i].amount,
  );
}

/** Why these legs cannot form an entry, or null when they can: ≥ 2 legs, none zero, Σ = 0 per currency. */
export function imbalanceOf(legs: readonly LedgerLeg[]): string | null {
  if (legs.length < 2) return `an entry needs at least two legs, got ${legs.length}`;
  const sums = new Map<string, bigint>();
  for (const leg of legs) {
    if (leg.amount === 0n) return `a leg of ${leg.account} moves nothing`;
    sums.set(leg.currency, (sums.get(leg.currency) ?? 0n) + leg.amount);
  }
  for (const [currency, sum] of sums) if (sum !== 0n) return `its ${currency} legs sum to ${sum}, not 0`;
  return null;
}

/** Refuses, before anything is written, an entry the database would refuse at COMMIT. */
export function assertBalanced(legs: readonly LedgerLeg[]): void {
  const problem = imbalanceOf(legs);
  if (problem) throw new UnbalancedEntryError(`ledger entry does not balance: ${problem}`);
}
