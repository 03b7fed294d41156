import Stripe from 'stripe';
import {
  adminToken,
  cancel,
  close,
  fund,
  JOBS_ENV,
  processorRefundsOf,
  publishSupportReplyRate,
  reconcile,
  refundsSettled,
  sweepFundings,
  until,
} from '../payments/payments-helpers';
import { createTestApp, TestApp } from '../../setup/test-app';
import {
  createTask,
  escrowOf,
  ledgerEntries,
  MutationData,
  paymentIntentsOf,
  processorClient,
  PUBLISH,
  requester,
} from './tasks-helpers';

/**
 * Issue 7, finding 1: a processor error other than a decline left the funding PENDING forever and
 * the task refused every later call with FUNDING_IN_PROGRESS. Each path below ends with a task
 * that can be cancelled (or closed) and books that agree with the processor.
 */
describe('no funding leaves a task stuck (real PostgreSQL, Stripe emulator over HTTP)', () => {
  let t: TestApp;
  let token: string;
  let admin: string;
  let stripe: Stripe;
  const fundingsOf = (taskId: string) =>
    t.sql<{ status: string; amount: number; failure_code: string | null; failure_reason: string | null }>(
      `SELECT status, amount::int AS amount, failure_code, failure_reason FROM fundings WHERE task_id = $1
           ORDER BY created_at`,
      [taskId],
    );

  beforeAll(async () => {
    // Prices move down and up here and must apply at once (the notice is tested in rates/notice).
    t = await createTestApp({ ...JOBS_ENV, RATE_CUT_NOTICE_DAYS: '0' });
    token = await requester(t);
    admin = await adminToken(t);
    stripe = processorClient(t);
  });
  afterEach(() => t.stripe.clearFaults());
  afterAll(() => t.close());

  it('an unknown payment method fails the funding with a readable reason; the task stays usable', async () => {
    const task = await createTask(t, token);
    const r = await fund(t, token, task.id, 'pm_unknown');
    expect(r.errors).toBeUndefined();
    expect(r.data.fundTask).toMatchObject({ status: 'FAILED', failureCode: 'resource_missing' });
    expect(r.data.fundTask.failureReason).toMatch(/payment method does not exist/);
    // Another card works, and the task can be cancelled — by its owner as by an ADMIN.
    expect((await fund(t, token, task.id)).data.fundTask.status).toBe('SUCCEEDED');
    const c = await cancel(t, admin, task.id);
    expect(c.errors).toBeUndefined();
    expect(c.data.cancelTask).toMatchObject({ status: 'CANCELLED', escrowBalance: { amountMinor: 0 } });
    await refundsSettled(t);
  });

  it('an unknown payment method on a draft: the ADMIN can cancel it straight away', async () => {
    const task = await createTask(t, token);
    await fund(t, token, task.id, 'pm_unknown');
    const c = await cancel(t, admin, task.id);
    expect(c.data?.cancelTask.status).toBe('CANCELLED');
    expect(await fundingsOf(task.id)).toEqual([expect.objectContaining({ status: 'FAILED' })]);
  });

  it('a top-up below the processor minimum charges the minimum; the surplus is refunded at cancel', async () => {
    await publishSupportReplyRate(t, admin, 'stuck-1', 900); // 2 slots × 900 = 1 800
    const task = await createTask(t, token, { slots: 2 });
    expect(task.budget.amountMinor).toBe(1800);
    expect((await fund(t, token, task.id)).data.fundTask).toMatchObject({ status: 'SUCCEEDED' });
    await publishSupportReplyRate(t, admin, 'stuck-2', 901); // the draft now needs 1 802: a 2-cent top-up
    const topUp = await fund(t, token, task.id);
    expect(topUp.errors).toBeUndefined();
    // 2 is under USD's 50 minimum: 50 is charged instead, 48 of it is surplus kept in escrow.
    expect(topUp.data.fundTask).toMatchObject({ status: 'SUCCEEDED', amount: { amountMinor: 50 } });
    expect(await escrowOf(t, task.id)).toBe(1850n);
    // Publishable at the new price; after the old price comes back the draft is still cancellable.
    await publishSupportReplyRate(t, admin, 'stuck-3', 900);
    const c = await cancel(t, token, task.id);
    expect(c.errors).toBeUndefined();
    expect(c.data.cancelTask).toMatchObject({ status: 'CANCELLED', escrowBalance: { amountMinor: 0 } });
    await refundsSettled(t);
    const refunds = await processorRefundsOf(stripe, task.id);
    expect(refunds.map((r) => r.amount).sort((a, b) => a - b)).toEqual([50, 1800]);
    expect((await ledgerEntries(t, task.id)).map((e) => [e.kind, e.amount])).toEqual([
      ['TASK_FUNDED', '1800'],
      ['TASK_FUNDED', '50'],
      ['ESCROW_REFUNDED', '1850'],
    ]);
  });

  it('a top-up at the minimum: the published task keeps the surplus until close refunds it', async () => {
    await publishSupportReplyRate(t, admin, 'stuck-4', 900);
    const task = await createTask(t, token, { slots: 2 });
    await fund(t, token, task.id);
    await publishSupportReplyRate(t, admin, 'stuck-5', 901);
    expect((await fund(t, token, task.id)).data.fundTask.status).toBe('SUCCEEDED');
    const p = await t.gql<MutationData>(PUBLISH, { id: task.id }, token);
    expect(p.data.publishTask).toMatchObject({ status: 'OPEN', budget: { amountMinor: 1802 } });
    const c = await close(t, token, task.id);
    expect(c.data.closeTask).toMatchObject({ status: 'CLOSED', escrowBalance: { amountMinor: 0 } });
    await refundsSettled(t);
    const refunded = (await processorRefundsOf(stripe, task.id)).reduce((s, r) => s + r.amount, 0);
    expect(refunded).toBe(1850);
  });

  it('an outage before the charge ran: the API reports it, the charge job completes it later', async () => {
    const task = await createTask(t, token);
    t.stripe.injectFaults({ path: '/v1/payment_intents', method: 'POST', status: 503, count: 3 });
    const r = await fund(t, token, task.id);
    expect(r.errors?.[0].extensions).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      reason: 'PROCESSOR_UNAVAILABLE',
    });
    expect(await fundingsOf(task.id)).toEqual([expect.objectContaining({ status: 'PENDING' })]);
    expect(await paymentIntentsOf(stripe, task.id)).toHaveLength(0);
    const settled = await until(
      () => fundingsOf(task.id),
      (f) => f[0].status !== 'PENDING',
    );
    expect(settled[0].status).toBe('SUCCEEDED');
    expect(await paymentIntentsOf(stripe, task.id)).toHaveLength(1);
    expect((await cancel(t, token, task.id)).data.cancelTask.status).toBe('CANCELLED');
    await refundsSettled(t);
  });

  it('a lost response with no webhook: the sweep asks the processor and settles it, charging once', async () => {
    const task = await createTask(t, token);
    t.stripe.configureDelivery({ hold: true });
    t.stripe.injectFaults({ path: '/v1/payment_intents', status: 500, when: 'after', count: 6 });
    const r = await fund(t, token, task.id);
    expect(r.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect((await cancel(t, token, task.id)).errors?.[0].extensions.reason).toBe('FUNDING_IN_PROGRESS');
    await sweepFundings(t);
    expect(await fundingsOf(task.id)).toEqual([
      expect.objectContaining({ status: 'SUCCEEDED', amount: task.budget.amountMinor }),
    ]);
    expect(await paymentIntentsOf(stripe, task.id)).toHaveLength(1);
    expect((await cancel(t, token, task.id)).data.cancelTask.status).toBe('CANCELLED');
    t.stripe.configureDelivery({ hold: false });
    await t.stripe.flushWebhooks();
    await refundsSettled(t);
    expect((await ledgerEntries(t, task.id)).map((e) => e.kind)).toEqual(['TASK_FUNDED', 'ESCROW_REFUNDED']);
  });

  it('a decline reported only by the processor (response lost): the sweep marks the funding FAILED', async () => {
    const task = await createTask(t, token);
    t.stripe.configureDelivery({ hold: true });
    t.stripe.injectFaults({ path: '/v1/payment_intents', status: 500, when: 'after', count: 3 });
    await fund(t, token, task.id, 'pm_card_chargeDeclined');
    await sweepFundings(t);
    expect(await fundingsOf(task.id)).toEqual([
      expect.objectContaining({ status: 'FAILED', failure_code: 'generic_decline' }),
    ]);
    expect((await cancel(t, token, task.id)).data.cancelTask.status).toBe('CANCELLED');
    t.stripe.configureDelivery({ hold: false });
    await t.stripe.flushWebhooks();
  });

  it('schedules the funding sweep', async () => {
    const rows = await t.sql<{ name: string; cron: string; timezone: string }>(
      `SELECT name, cron, timezone FROM pgboss.schedule`,
    );
    expect(rows).toContainEqual({ name: 'funding-sweep', cron: '* * * * *', timezone: 'UTC' });
  });

  it('leaves the books in agreement with the processor, nothing pending', async () => {
    await t.stripe.flushWebhooks();
    await sweepFundings(t);
    await refundsSettled(t);
    const books = await reconcile(t, stripe);
    expect(books.pending).toEqual({ fundings: 0, refunds: 0 });
    expect(books.atProcessor).toBe(books.inLedger);
  });
});
