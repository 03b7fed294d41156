import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createApp } from '../../src/bootstrap';
import { freePort } from '../../src/core/database/free-port';
import { JobsService } from '../../src/core/jobs/jobs.module';
import {
  JOBS_ENV,
  processorRefundsOf,
  refundsSettled,
  until,
} from '../integration/payments/payments-helpers';
import { fundedOpenTask, processorClient, requester, transition } from '../integration/tasks/tasks-helpers';
import { createTestApp, TestApp } from '../setup/test-app';

const MAIN = join(__dirname, '..', '..', 'dist', 'src', 'main.js');

/**
 * Issue 7, finding 2, the hard way: the built app (dist/) commits a cancel — ledger entry and
 * refund job — and is SIGKILLed while its processor refund is in flight. A new instance on the
 * same database makes the refund, exactly once.
 */
describe('a refund interrupted by SIGKILL after its commit', () => {
  let t: TestApp;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    t = await createTestApp(JOBS_ENV);
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await t.close();
  });

  it('is made once by the next instance', async () => {
    const token = await requester(t);
    const task = await fundedOpenTask(t, token);
    await t.app.get(JobsService).beforeApplicationShutdown(); // only the child runs jobs now
    const port = await freePort();
    child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'test',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: t.databaseUrl,
        JWT_SECRET: t.config.jwtSecret,
        STRIPE_SECRET_KEY: 'sk_test_fairsample',
        STRIPE_API_URL: t.stripe.url,
        STRIPE_WEBHOOK_SECRET: t.config.stripeWebhookSecret,
        JOBS_POLL_INTERVAL_MS: '60000', // its worker polls once at start, then not before the kill
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise((resolve) => child!.on('exit', resolve));
    const base = `http://127.0.0.1:${port}`;
    await until(
      () =>
        fetch(`${base}/health`).then(
          (r) => r.status,
          () => 0,
        ),
      (s) => s === 200,
      60_000,
    );
    // The child's processor refund is held by the emulator (and dropped once its client is gone,
    // after 8 s; until then a request with the same idempotency key waits behind it).
    t.stripe.injectFaults({ path: '/v1/refunds', method: 'POST', timeoutMs: 8_000, count: 1 });
    void fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: transition('cancelTask'), variables: { id: task.id } }),
    }).catch(() => undefined);
    await until(
      () => t.sql(`SELECT status FROM escrow_refunds WHERE task_id = $1`, [task.id]),
      (rows) => rows.length === 1,
    );
    await new Promise((r) => setTimeout(r, 500)); // the inline refund call is now in flight
    child.kill('SIGKILL');
    await exited;
    t.stripe.clearFaults();
    const stripe = processorClient(t);
    expect(await processorRefundsOf(stripe, task.id)).toHaveLength(0);
    expect(await t.sql(`SELECT status FROM escrow_refunds WHERE task_id = $1`, [task.id])).toEqual([
      { status: 'PENDING' },
    ]);

    let next: NestFastifyApplication | undefined;
    try {
      next = await createApp(t.config);
      await next.init();
      await refundsSettled(t, 60_000);
    } finally {
      await next?.close();
    }
    const refunds = await processorRefundsOf(stripe, task.id);
    expect(refunds.map((r) => [r.amount, r.status])).toEqual([[task.budget.amountMinor, 'succeeded']]);
  });
});
