import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobsService } from '../../src/core/jobs/jobs.module';
import { acceptedSamples } from '../integration/earnings/earnings-helpers';
import {
  contractor,
  payoutsApp,
  processor,
  transfersByPayout,
  trialBalanceTotal,
} from '../integration/payouts/payouts-helpers';
import { requester } from '../integration/tasks/tasks-helpers';
import { TestApp } from '../setup/test-app';

const ROOT = join(__dirname, '..', '..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The finance commands as finance runs them (`npm run payouts`, `npm run reconcile`), each a
 * child process booting the application against the test's migrated database and its Stripe
 * emulator over HTTP. Its output is not a terminal, so progress comes as plain lines on stderr.
 */
describe('finance CLIs against a real database and the emulator', () => {
  let t: TestApp;
  let dir: string;
  const from = new Date(Date.now() - 60_000).toISOString();

  function npmRun(script: string, args: string[]): Promise<Run> {
    return new Promise((resolve) => {
      execFile(
        'npm',
        ['run', '--silent', script, '--', ...args],
        {
          cwd: ROOT,
          timeout: 180_000,
          env: {
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            NODE_ENV: 'test',
            DATA_DIR: dir,
            DATABASE_URL: t.databaseUrl,
            STRIPE_API_URL: t.stripe.url,
            JWT_SECRET: t.config.jwtSecret,
            STRIPE_WEBHOOK_SECRET: t.config.stripeWebhookSecret,
            JOBS_POLL_INTERVAL_MS: '500',
            JOBS_RETRY_DELAY_SECONDS: '0',
            PAYOUT_MINIMUMS: 'USD=5.00',
            LOG_LEVEL: 'warn',
          },
        },
        (error, stdout, stderr) =>
          resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
      );
    });
  }

  const csvOf = (file: string) =>
    readFileSync(file, 'utf8')
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));

  beforeAll(async () => {
    t = await payoutsApp();
    dir = mkdtempSync(join(tmpdir(), 'fairsample-finance-cli-'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(async () => expect(await trialBalanceTotal(t)).toBe(0n));

  it('answers --help and refuses bad usage with exit 2', async () => {
    const help = await Promise.all([npmRun('payouts', ['--help']), npmRun('reconcile', ['--help'])]);
    expect(help.map((h) => [h.code, /^Usage: npm run (payouts|reconcile)/.test(h.stdout)])).toEqual([
      [0, true],
      [0, true],
    ]);
    const bad = await Promise.all([
      npmRun('payouts', ['--currency', 'dollars']),
      npmRun('reconcile', ['--from', '2026-12-01', '--to', '2026-11-01']),
    ]);
    expect(bad.map((b) => b.code)).toEqual([2, 2]);
    expect(bad[0].stderr).toContain('--currency must be an ISO 4217 code');
    expect(bad[1].stderr).toContain('--from and --to must be dates');
  }, 120_000);

  it('pays every payable balance once, then reconciles clean and reports a corruption', async () => {
    const paid = [await contractor(t), await contractor(t), await contractor(t)];
    const waiting = await contractor(t, false);
    await acceptedSamples(t, await requester(t), [...paid, waiting]);
    // Only the command's own workers make transfers from here on.
    await t.app.get(JobsService).beforeApplicationShutdown();

    const run = await npmRun('payouts', ['--currency', 'USD']);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: expect.any(String) as string });
    expect(run.stdout).toMatch(/Payout run [0-9a-f-]{36} \(USD\)/);
    expect(run.stdout).toMatch(/payable balances > 0 +4\n/);
    expect(run.stdout).toMatch(/payouts created +3 in/);
    expect(run.stdout).toMatch(/PAID +3 {2}6000 minor units/);
    expect(run.stderr).toMatch(/^payouts USD \d+\/4 \(\d+%\)/m); // progress, plain lines off a terminal
    expect(run.stderr).toMatch(/^transfers 3\/3 \(100%\)/m);
    const payouts = await t.sql<{ id: string; status: string; transfer_id: string }>(
      `SELECT id, status, transfer_id FROM payouts ORDER BY id`,
    );
    expect(payouts.map((p) => p.status)).toEqual(['PAID', 'PAID', 'PAID']);
    const transfers = await transfersByPayout(t);
    expect(payouts.map((p) => (transfers.get(p.id) ?? []).map((tr) => tr.id))).toEqual(
      payouts.map((p) => [p.transfer_id]),
    );

    const again = await npmRun('payouts', ['--currency', 'USD']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/payouts created +0 in/);
    expect(await t.sql(`SELECT count(*)::int AS n FROM payouts`)).toEqual([{ n: 3 }]);

    const to = new Date(Date.now() + 60_000).toISOString();
    const cleanCsv = join(dir, 'clean.csv');
    const clean = await npmRun('reconcile', ['--from', from, '--to', to, '--csv', cleanCsv]);
    expect(clean.code).toBe(0);
    const matched = Number(/matched +(\d+)/.exec(clean.stdout)?.[1]);
    expect(matched).toBeGreaterThanOrEqual(4); // the funding and the three payouts at least
    expect(clean.stdout).toMatch(/mismatches +0\n/);
    expect(clean.stdout).toContain(`CSV written to ${cleanCsv}`);
    expect(clean.stderr).toMatch(/^reconcile \d\/5/m);
    expect(csvOf(cleanCsv)).toEqual([
      [
        'kind',
        'reference',
        'ledger_amount_minor',
        'ledger_currency',
        'processor_amount_minor',
        'processor_currency',
        'detail',
      ],
      ['MATCHED', String(matched), '', '', '', '', `${from}..${to}`],
    ]);

    // The processor holds a charge for a funding the ledger never booked.
    const stray = await processor(t).paymentIntents.create({
      amount: 800,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
      allowed_payment_method_types: ['card'],
      metadata: { funding_id: randomUUID() },
    });
    const dirtyCsv = join(dir, 'dirty.csv');
    const dirty = await npmRun('reconcile', ['--from', from, '--to', to, '--csv', dirtyCsv, '--close']);
    expect(dirty.code).toBe(1);
    expect(dirty.stdout).toMatch(/mismatches +1\n/);
    expect(dirty.stdout).toMatch(/MISSING_IN_LEDGER +1\n/);
    expect(dirty.stdout).toContain('period NOT closed');
    expect(csvOf(dirtyCsv)).toContainEqual([
      'MISSING_IN_LEDGER',
      `funding:${stray.id}`,
      '',
      '',
      '800',
      'USD',
      expect.any(String) as string,
    ]);
  }, 300_000);
});
