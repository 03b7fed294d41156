/**
 * Payout runs at scale, in one process: an embedded PostgreSQL, the Stripe emulator and the app.
 * 1. End to end (EUR): BENCH_E2E_PAYEES contractors (default 2 000) with onboarded connected
 *    accounts at the emulator; one run, then until every transfer is confirmed (PAID).
 * 2. Ledger (USD): BENCH_PAYEES contractors (default 50 000) with payable balances; one run,
 *    measured until every payout row and its ledger entry are committed (transfers held back by
 *    the emulator refusing them, so the queue does not compete for the database).
 * Prints payouts/s, the process's peak RSS and the CPU time the app and PostgreSQL spent per
 * 1 000 ledger payouts (steadier than wall time on a busy machine); exits 1 when the ledger rate
 * misses its target. Smaller smoke runs: BENCH_PAYEES=5000 BENCH_E2E_PAYEES=200.
 * Run: npm run bench -- payouts
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Stripe from 'stripe';
import { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/core/config/app-config';
import { startEmbeddedPostgres } from '../src/core/database/embedded-postgres';
import { PayoutsService } from '../src/modules/payouts/payouts.module';
import { StripeEmulator } from '../src/stripe-emulator';

const PAYEES = Number(process.env.BENCH_PAYEES ?? 50_000);
const E2E_PAYEES = Number(process.env.BENCH_E2E_PAYEES ?? 2_000);
const LEDGER_TARGET_PER_SECOND = 2_000;

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * CPU seconds PostgreSQL has used so far: its postmaster (with the children that exited) and
 * the live children (backends, workers), from /proc (Linux; 0 elsewhere).
 */
function postgresCpuSeconds(dataDir: string): number {
  try {
    const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    let ticks = 0;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue; // exited meanwhile
      }
      // Fields after "(comm) ": state, ppid, …, utime (14th field), stime, cutime, cstime.
      const f = stat
        .slice(stat.lastIndexOf(')') + 2)
        .split(' ')
        .map(Number);
      if (Number(entry) === postmaster) ticks += f[11] + f[12] + f[13] + f[14];
      else if (f[1] === postmaster) ticks += f[11] + f[12];
    }
    return ticks / 100; // USER_HZ
  } catch {
    return 0;
  }
}

/** Contractors with payable balances and payout accounts, written in bulk (not timed). */
async function seed(
  db: DataSource,
  n: number,
  currency: string,
  accounts: (i: number) => string,
): Promise<void> {
  const ids = (
    await db.query<{ id: string }[]>(
      `INSERT INTO users (email, password_hash, display_name, role)
     SELECT 'bench-' || lower($2) || '-' || i || '@example.com', 'x', 'Bench', 'CONTRACTOR' FROM generate_series(1, $1) i
     RETURNING id`,
      [n, currency],
    )
  ).map((r) => r.id);
  const accts = ids.map((_, i) => accounts(i));
  await db.query(
    `INSERT INTO payout_accounts (user_id, processor_account_id, country_code, payouts_enabled, transfers_active)
     SELECT u, a, 'US', true, true FROM unnest($1::uuid[], $2::text[]) AS t(u, a)`,
    [ids, accts],
  );
  // One entry per contractor (clearing → payable), as acceptances would leave them; bulk SQL,
  // so each entry's deferred balance check reads its own two legs only.
  await db.transaction(async (tx) => {
    await tx.query(
      `WITH e AS (
         INSERT INTO ledger_entries (idempotency_key, kind, reference)
         SELECT 'bench-seed:' || u, 'BENCH_SEED', 'bench' FROM unnest($1::uuid[]) AS u
         RETURNING id, substr(idempotency_key, 12) AS u)
       INSERT INTO ledger_postings (entry_id, account, currency, amount)
       SELECT id, 'contractor:' || u || ':payable', $2, 1000 + abs(hashtext(u)) % 500 FROM e
       UNION ALL
       SELECT id, 'processor:clearing', $2, -(1000 + abs(hashtext(u)) % 500) FROM e`,
      [ids, currency],
    );
  });
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'fairsample-bench-payouts-'));
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), log: () => undefined });
  const emulator = await StripeEmulator.start({});
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: pg.url,
    JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256-0123456789',
    STRIPE_SECRET_KEY: 'sk_test_bench',
    PAYMENTS_PROCESSOR: 'stripe',
    STRIPE_WEBHOOK_SECRET: 'whsec_bench',
    STRIPE_API_URL: emulator.url,
    LOG_LEVEL: 'silent',
    JOBS_POLL_INTERVAL_MS: '500',
    JOBS_RETRY_DELAY_SECONDS: '1',
  });
  const app = await createApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  emulator.setWebhook({
    url: `http://127.0.0.1:${port}/webhooks/stripe`,
    secret: config.stripeWebhookSecret,
  });
  const db = app.get<DataSource>(getDataSourceToken());
  const payouts = app.get(PayoutsService);
  const stripe = new Stripe('sk_test_bench', { ...emulator.stripeConfig(), maxNetworkRetries: 2 });
  let ok = true;
  try {
    // 1. End to end.
    await stripe.paymentIntents.create({
      amount: E2E_PAYEES * 2_000,
      currency: 'eur',
      payment_method: 'pm_card_visa',
      confirm: true,
      allowed_payment_method_types: ['card'],
    });
    const accounts: string[] = [];
    for (let i = 0; i < E2E_PAYEES; i += 32) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(32, E2E_PAYEES - i) }, () =>
          stripe.accounts.create({
            type: 'express',
            country: 'US',
            capabilities: { transfers: { requested: true } },
          }),
        ),
      );
      for (const a of batch) accounts.push(a.id);
    }
    // Onboarded before the webhook endpoint is set: their account.updated events are not sent
    // (the seed below writes the accounts' state), so only the payouts' own traffic is measured.
    for (const a of accounts) emulator.completeOnboarding(a);
    emulator.setWebhook({
      url: `http://127.0.0.1:${port}/webhooks/stripe`,
      secret: config.stripeWebhookSecret,
    });
    await seed(db, E2E_PAYEES, 'EUR', (i) => accounts[i]);
    peakRss = 0;
    let t0 = performance.now();
    const e2eRun = await payouts.run('EUR', 'system:bench');
    const created = (performance.now() - t0) / 1000;
    for (;;) {
      const [{ n }] = await db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM payouts WHERE run_id = $1 AND status = 'PENDING'`,
        [e2eRun.runId],
      );
      if (n === 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const e2eSeconds = (performance.now() - t0) / 1000;
    const [{ paid }] = await db.query<{ paid: number }[]>(
      `SELECT count(*)::int AS paid FROM payouts WHERE run_id = $1 AND status = 'PAID'`,
      [e2eRun.runId],
    );
    console.log(
      `end to end (EUR): ${paid}/${E2E_PAYEES} PAID in ${e2eSeconds.toFixed(1)} s = ${Math.round(paid / e2eSeconds)}/s ` +
        `(rows+entries ${created.toFixed(1)} s), peak RSS ${mb(peakRss)}`,
    );
    if (paid !== E2E_PAYEES) ok = false;

    // 2. Ledger only.
    await emulator.flushWebhooks();
    await seed(db, PAYEES, 'USD', (i) => `acct_bench${i}`);
    emulator.injectFaults({ path: '/v1/transfers', method: 'POST', status: 500, count: 1_000_000 });
    if (global.gc) global.gc();
    peakRss = 0;
    const cpu0 = { app: process.cpuUsage(), pg: postgresCpuSeconds(join(dir, 'pg')) };
    t0 = performance.now();
    let last = 0;
    const run = await payouts.run('USD', 'system:bench', (done) => {
      if (done - last >= 10_000) {
        last = done;
        process.stderr.write(`  ${done} contractors, RSS ${mb(process.memoryUsage().rss)}\n`);
      }
    });
    const seconds = (performance.now() - t0) / 1000;
    const appCpu = process.cpuUsage(cpu0.app);
    const pgCpu = postgresCpuSeconds(join(dir, 'pg')) - cpu0.pg;
    const rate = Math.round(run.created / seconds);
    const [{ total }] = await db.query<{ total: string }[]>(
      `SELECT sum(amount)::text AS total FROM ledger_postings WHERE currency = 'USD'`,
    );
    console.log(
      `ledger (USD): ${run.created}/${PAYEES} payouts in ${seconds.toFixed(1)} s = ${rate}/s ` +
        `(target ≥ ${LEDGER_TARGET_PER_SECOND}/s), peak RSS ${mb(peakRss)}, trial balance ${total}`,
    );
    const perThousand = (s: number) => Math.round((s * 1000 * 1000) / Math.max(run.created, 1));
    console.log(
      `  CPU per 1 000 payouts: app ${perThousand((appCpu.user + appCpu.system) / 1e6)} ms, ` +
        `PostgreSQL ${perThousand(pgCpu)} ms (transfer jobs retrying meanwhile included)`,
    );
    if (run.created !== PAYEES || total !== '0' || rate < LEDGER_TARGET_PER_SECOND) ok = false;
  } finally {
    clearInterval(sampler);
    emulator.clearFaults();
    await app.close();
    await emulator.close();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
