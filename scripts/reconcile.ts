/**
 * npm run reconcile -- --from 2026-11-01 --to 2026-12-01 [--csv out.csv] [--close]
 * The reconciliation report for [from, to) with a one-screen summary; --close also closes the
 * period when it is clean.
 */
import { writeFileSync } from 'node:fs';
import { reportToCsv } from '../src/modules/reconciliation/csv';
import { ReconciliationService } from '../src/modules/reconciliation/reconciliation.module';
import { bootApp, ENVIRONMENT_HELP, parseCli, Progress } from './finance-cli';

const USAGE = `
Usage: npm run reconcile -- --from <date> --to <date> [--csv <file>] [--close]

Matches every funding, refund and payout booked in [from, to) with the processor's objects and
lists each mismatch (MISSING_AT_PROCESSOR, MISSING_IN_LEDGER, AMOUNT_MISMATCH, CURRENCY_MISMATCH,
STATUS_MISMATCH, PENDING_UNSETTLED). Dates are ISO 8601 (2026-11-01 means midnight UTC).
--csv writes the report as CSV; --close closes the period if nothing is mismatched.
Exit status: 0 clean, 1 mismatches (or close refused), 2 bad usage.
${ENVIRONMENT_HELP}`;

const STEPS = ['fundings', 'refunds', 'payouts', 'balance transactions', 'pending'];

async function main(): Promise<number> {
  const args = parseCli(USAGE, {
    from: { type: 'string' },
    to: { type: 'string' },
    csv: { type: 'string' },
    close: { type: 'boolean' },
  });
  const from = new Date(String(args.from ?? ''));
  const to = new Date(String(args.to ?? ''));
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to) {
    console.error(`--from and --to must be dates, from before to\n${USAGE}`);
    return 2;
  }
  const app = await bootApp();
  try {
    const service = app.get(ReconciliationService);
    const bar = new Progress('reconcile');
    const report = await service.reconcile(from, to, (step) =>
      bar.update(STEPS.indexOf(step) + 1, STEPS.length, step),
    );
    bar.done();
    const csvFile = typeof args.csv === 'string' ? args.csv : null;
    if (csvFile) writeFileSync(csvFile, reportToCsv(report));
    const byKind = new Map<string, number>();
    for (const m of report.mismatches) byKind.set(m.kind, (byKind.get(m.kind) ?? 0) + 1);
    console.log(`\nReconciliation ${from.toISOString()} .. ${to.toISOString()}`);
    console.log(`  matched      ${report.matchedCount}`);
    console.log(`  mismatches   ${report.mismatches.length}`);
    for (const [kind, n] of byKind) console.log(`    ${kind.padEnd(22)} ${n}`);
    for (const m of report.mismatches.slice(0, 10))
      console.log(
        `  ${m.kind} ${m.reference} ledger=${m.ledger?.amount ?? '-'} processor=${m.processor?.amount ?? '-'}`,
      );
    if (report.mismatches.length > 10)
      console.log(`  … ${report.mismatches.length - 10} more${csvFile ? ` in ${csvFile}` : ' (use --csv)'}`);
    if (csvFile) console.log(`  CSV written to ${csvFile}`);
    if (args.close) {
      if (report.mismatches.length > 0) {
        console.log('  period NOT closed: resolve the mismatches first');
        return 1;
      }
      await service.closePeriod(from, to, 'system');
      console.log('  period closed');
    }
    return report.mismatches.length === 0 ? 0 : 1;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
