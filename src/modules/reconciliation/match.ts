import type { Mismatch, Side } from './reconciliation.types';

/**
 * Compares the ledger's and the processor's view of the same movements, keyed alike. Only keys
 * whose date (the ledger's if it has one, else the processor's) falls in [from, to) count, so an
 * object booked a second before midnight and created at the processor a second after is matched,
 * not reported on both sides.
 */
export function compare(
  family: string,
  ledger: Map<string, Side>,
  processor: Map<string, Side>,
  window: { from: Date; to: Date },
  expectedStatus: (ledger: Side) => string,
): { matched: number; mismatches: Mismatch[] } {
  let matched = 0;
  const mismatches: Mismatch[] = [];
  const keys = new Set([...ledger.keys(), ...processor.keys()]);
  for (const key of [...keys].sort()) {
    const l = ledger.get(key) ?? null;
    const p = processor.get(key) ?? null;
    const at = (l ?? p)!.at;
    if (at < window.from || at >= window.to) continue;
    const reference = `${family}:${key}`;
    const amounts = {
      ledger: l && { amount: l.amount, currency: l.currency },
      processor: p && { amount: p.amount, currency: p.currency },
    };
    if (!p) {
      mismatches.push({
        kind: 'MISSING_AT_PROCESSOR',
        reference,
        ...amounts,
        detail: 'booked, unknown to the processor',
      });
    } else if (!l) {
      mismatches.push({
        kind: 'MISSING_IN_LEDGER',
        reference,
        ...amounts,
        detail: `processor status ${p.status}`,
      });
    } else if (l.currency !== p.currency) {
      mismatches.push({ kind: 'CURRENCY_MISMATCH', reference, ...amounts, detail: '' });
    } else if (l.amount !== p.amount) {
      mismatches.push({ kind: 'AMOUNT_MISMATCH', reference, ...amounts, detail: '' });
    } else if (expectedStatus(l) !== p.status) {
      mismatches.push({
        kind: 'STATUS_MISMATCH',
        reference,
        ...amounts,
        detail: `ledger says ${l.status}, processor says ${p.status}`,
      });
    } else matched++;
  }
  return { matched, mismatches };
}
