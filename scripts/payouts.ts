/**
 * npm run payouts -- --currency USD
 * One payout run for a currency (the same as the runPayouts mutation), with progress and a
 * one-screen summary. Waits for the transfers to settle unless --no-wait.
 */
import { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { PayoutsService } from '../src/modules/payouts/payouts.module';
import { bootApp, ENVIRONMENT_HELP, parseCli, Progress } from './finance-cli';

const USAGE = `
Usage: npm run payouts -- --currency <ISO 4217> [--no-wait] [--timeout <seconds>]

Pays every contractor with payouts enabled its payable balance in <currency>, when at or above
the minimum payout (PAYOUT_MINIMUMS, default 1.00). A run interrupted earlier is resumed; running
it twice pays nobody twice. Then waits (default up to 300 s) for the transfers to be confirmed.
${ENVIRONMENT_HELP}`;

async function main(): Promise<number> {
  const args = parseCli(USAGE, {
    currency: { type: 'string' },
    'no-wait': { type: 'boolean' },
    timeout: { type: 'string' },
  });
  const currency = String(args.currency ?? '').toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) {
    console.error(`--currency must be an ISO 4217 code such as USD\n${USAGE}`);
    return 2;
  }
  const app = await bootApp();
  try {
    const payouts = app.get(PayoutsService);
    const db = app.get<DataSource>(getDataSourceToken());
    const [{ n }] = await db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM ledger_balances WHERE currency = $1 AND account LIKE 'contractor:%:payable' AND balance > 0`,
      [currency],
    );
    const bar = new Progress(`payouts ${currency}`);
    const started = Date.now();
    const run = await payouts.run(currency, 'system:cli', (done, paid) =>
      bar.update(done, n, `${paid} paid`),
    );
    bar.done();
    const createdSeconds = (Date.now() - started) / 1000;
    if (!args['no-wait']) {
      const deadline = Date.now() + Number(args.timeout ?? 300) * 1000;
      const wait = new Progress('transfers');
      for (;;) {
        const [{ pending }] = await db.query<{ pending: number }[]>(
          `SELECT count(*)::int AS pending FROM payouts WHERE run_id = $1 AND status = 'PENDING'`,
          [run.runId],
        );
        wait.update(run.created - pending, run.created);
        if (pending === 0 || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      wait.done();
    }
    const rows = await db.query<{ status: string; n: number; total: string }[]>(
      `SELECT status, count(*)::int AS n, sum(amount)::text AS total FROM payouts WHERE run_id = $1 GROUP BY 1 ORDER BY 1`,
      [run.runId],
    );
    console.log(`\nPayout run ${run.runId} (${currency})`);
    console.log(`  payable balances > 0   ${n}`);
    console.log(`  payouts created        ${run.created} in ${createdSeconds.toFixed(1)} s`);
    for (const r of rows)
      console.log(`  ${r.status.padEnd(22)} ${String(r.n).padStart(6)}  ${r.total} minor units`);
    const failed = await db.query<{ id: string; failure_reason: string }[]>(
      `SELECT id, failure_reason FROM payouts WHERE run_id = $1 AND status = 'FAILED' ORDER BY id LIMIT 10`,
      [run.runId],
    );
    for (const f of failed) console.log(`  failed ${f.id}: ${f.failure_reason}`);
    return rows.some((r) => r.status !== 'PAID') ? 1 : 0;
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
