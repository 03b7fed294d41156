import { NestFastifyApplication } from '@nestjs/platform-fastify';
import Stripe from 'stripe';
import { createApp } from '../../../src/bootstrap';
import { JobsService } from '../../../src/core/jobs/jobs.module';
import { createTestApp, settleJobWorkers, TestApp } from '../../setup/test-app';
import { createTask, fundedOpenTask, processorClient, requester } from '../tasks/tasks-helpers';
import {
  adminToken,
  cancel,
  close,
  fund,
  JOBS_ENV,
  processorRefundsOf,
  reconcile,
  refundsSettled,
  until,
} from './payments-helpers';

const FAILED_JOBS = `query($first: Int, $after: String) { failedJobs(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name state data error attempts createdAt completedAt } } } }`;
/** failedJobs' result, as far as these tests read it. */
interface FailedJobsData {
  failedJobs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      node: { id: string; name: string; state: string; data: string; error: string | null };
    }[];
  };
}
const RETRY_JOB = `mutation($id: ID!) { retryJob(id: $id) { id state } }`;

/**
 * Issue 7, finding 2: a refund was written to the ledger and then tried once, inline; a failure
 * or a crash left it PENDING for ever. Now the refund job is committed with the ledger entry.
 */
describe('escrow refunds run as jobs (real PostgreSQL, Stripe emulator over HTTP)', () => {
  let t: TestApp;
  let token: string;
  let admin: string;
  let stripe: Stripe;
  const refundRow = async (taskId: string) =>
    (
      await t.sql<{ id: string; status: string; amount: number }>(
        `SELECT id, status, amount::int AS amount FROM escrow_refunds WHERE task_id = $1`,
        [taskId],
      )
    )[0];

  beforeAll(async () => {
    t = await createTestApp(JOBS_ENV);
    token = await requester(t);
    admin = await adminToken(t);
    stripe = processorClient(t);
  });
  afterEach(() => t.stripe.clearFaults());
  afterAll(() => t.close());

  it('a refund whose processor call fails 3 times is made exactly once', async () => {
    const task = await fundedOpenTask(t, token);
    t.stripe.injectFaults({ path: '/v1/refunds', method: 'POST', status: 503, count: 3 });
    const c = await close(t, token, task.id);
    expect(c.errors).toBeUndefined(); // the API answers from the ledger; the job does the rest
    expect(c.data.closeTask).toMatchObject({ status: 'CLOSED', escrowBalance: { amountMinor: 0 } });
    await refundsSettled(t);
    const refunds = await processorRefundsOf(stripe, task.id);
    expect(refunds.map((r) => [r.amount, r.status])).toEqual([[task.budget.amountMinor, 'succeeded']]);
    expect(await refundRow(task.id)).toMatchObject({ status: 'SUCCEEDED' });
    const [f] = await t.sql<{ r: number }>(
      `SELECT refunded_amount::int AS r FROM fundings WHERE task_id = $1`,
      [task.id],
    );
    expect(f.r).toBe(task.budget.amountMinor);
  });

  it('a refund whose responses are lost 3 times is replayed, not repeated', async () => {
    const task = await fundedOpenTask(t, token);
    t.stripe.injectFaults({ path: '/v1/refunds', method: 'POST', status: 500, when: 'after', count: 3 });
    expect((await cancel(t, token, task.id)).data.cancelTask.status).toBe('CANCELLED');
    await refundsSettled(t);
    expect((await processorRefundsOf(stripe, task.id)).map((r) => r.amount)).toEqual([
      task.budget.amountMinor,
    ]);
  });

  it('a refund failing every attempt is dead-lettered, listed to ADMIN, and retryJob makes it once', async () => {
    const task = await fundedOpenTask(t, token);
    // 400s are not retried by the SDK: the inline try and 9 job attempts (retry limit 8) fail.
    t.stripe.injectFaults({ path: '/v1/refunds', method: 'POST', status: 400, count: 10 });
    await cancel(t, token, task.id);
    const refund = await refundRow(task.id);
    const page = await until(
      () => t.gql<FailedJobsData | null>(FAILED_JOBS, { first: 10 }, admin),
      (r) => (r.data?.failedJobs.edges ?? []).some((e) => e.node.data.includes(refund.id)),
      60_000,
    );
    const node = page.data?.failedJobs.edges.find((e) => e.node.data.includes(refund.id))?.node;
    if (!node) throw new Error('the failed refund job is not listed');
    expect(node).toMatchObject({ name: 'escrow-refund', state: 'failed', attempts: 9 });
    expect(JSON.parse(node.data)).toEqual({ refundId: refund.id });
    expect(node.error).toEqual(expect.any(String));
    expect(await refundRow(task.id)).toMatchObject({ status: 'PENDING' });
    expect(await processorRefundsOf(stripe, task.id)).toHaveLength(0);
    // Operators only.
    expect((await t.gql(FAILED_JOBS, {}, token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(RETRY_JOB, { id: node.id }, token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    t.stripe.clearFaults();
    const retried = await t.gql(RETRY_JOB, { id: node.id }, admin);
    expect(retried.errors).toBeUndefined();
    await refundsSettled(t);
    expect((await processorRefundsOf(stripe, task.id)).map((r) => r.amount)).toEqual([
      task.budget.amountMinor,
    ]);
    const again = await t.gql(RETRY_JOB, { id: node.id }, admin);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'JOB_NOT_FAILED' });
    expect((await t.gql(RETRY_JOB, { id: 'nope' }, admin)).errors?.[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('pages failedJobs with a cursor and refuses a forged one', async () => {
    const first = await t.gql(FAILED_JOBS, { first: 1 }, admin);
    expect(first.errors).toBeUndefined();
    const bad = await t.gql(FAILED_JOBS, { first: 1, after: 'forged' }, admin);
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a refund committed with no worker running is made once by the next instance', async () => {
    const task = await fundedOpenTask(t, token);
    await t.app.get(JobsService).beforeApplicationShutdown(); // this instance's workers are gone
    t.stripe.injectFaults({ path: '/v1/refunds', method: 'POST', status: 503, count: 3 }); // inline try fails
    expect((await cancel(t, token, task.id)).data.cancelTask.status).toBe('CANCELLED');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await refundRow(task.id)).toMatchObject({ status: 'PENDING' });
    expect(await processorRefundsOf(stripe, task.id)).toHaveLength(0);
    let next: NestFastifyApplication | undefined;
    try {
      next = await createApp(t.config); // a restarted instance on the same database
      await next.init();
      await refundsSettled(t);
    } finally {
      await next?.close();
    }
    expect((await processorRefundsOf(stripe, task.id)).map((r) => r.amount)).toEqual([
      task.budget.amountMinor,
    ]);
  });

  it('two instances on one database make each refund once', async () => {
    const both: NestFastifyApplication[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        const app = await createApp(t.config);
        await app.init();
        both.push(app);
      }
      const tasks = [];
      for (let i = 0; i < 4; i++) tasks.push(await fundedOpenTask(t, token));
      // Every inline try fails (3 SDK attempts each): the instances' workers make the refunds.
      t.stripe.injectFaults({ path: '/v1/refunds', method: 'POST', status: 503, count: 12 });
      await Promise.all(tasks.map((task) => close(t, token, task.id)));
      await refundsSettled(t);
      for (const task of tasks)
        expect((await processorRefundsOf(stripe, task.id)).map((r) => r.amount)).toEqual([
          task.budget.amountMinor,
        ]);
    } finally {
      for (const app of both) await app.close();
      await settleJobWorkers();
    }
  });

  it('leaves the books in agreement with the processor, nothing pending', async () => {
    const draft = await createTask(t, token);
    await fund(t, token, draft.id, 'pm_card_chargeDeclined');
    await t.stripe.flushWebhooks();
    await refundsSettled(t);
    const books = await reconcile(t, stripe);
    expect(books.pending).toEqual({ fundings: 0, refunds: 0 });
    expect(books.atProcessor).toBe(books.inLedger);
    expect(books.refunded).toBeGreaterThan(0n);
  });
});
