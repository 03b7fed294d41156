import type { ReconciliationReport } from './reconciliation.types';

/** RFC 4180 field: quoted when it holds a comma, quote or line break; a leading =,+,-,@ is
 * prefixed with ' so a spreadsheet does not run it as a formula. */
function field(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function reportToCsv(r: ReconciliationReport): string {
  const lines = [
    [
      'kind',
      'reference',
      'ledger_amount_minor',
      'ledger_currency',
      'processor_amount_minor',
      'processor_currency',
      'detail',
    ],
    ...r.mismatches.map((m) => [
      m.kind,
      m.reference,
      m.ledger?.amount.toString() ?? '',
      m.ledger?.currency ?? '',
      m.processor?.amount.toString() ?? '',
      m.processor?.currency ?? '',
      m.detail,
    ]),
    ['MATCHED', String(r.matchedCount), '', '', '', '', `${r.from.toISOString()}..${r.to.toISOString()}`],
  ];
  return lines.map((l) => l.map(field).join(',')).join('\r\n') + '\r\n';
}
