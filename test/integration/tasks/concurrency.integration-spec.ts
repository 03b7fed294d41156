import Stripe from 'stripe';
import { createTestApp, GqlResult, TestApp } from '../../setup/test-app';
import {
  createTask,
  escrowOf,
  FUND_TASK,
  fundedOpenTask,
  ledgerEntries,
  paymentIntentsOf,
  processorClient,
  PUBLISH,
  requester,
  transition,
  type MutationData,
} from './tasks-helpers';

/** Fires `n` calls at once over HTTP: each is its own request, with its own database connection. */
const burst = (n: number, call: (i: number) => Promise<GqlResult<MutationData>>) =>
  Promise.all(Array.from({ length: n }, (_, i) => call(i)));

const reasonsOf = (rs: GqlResult<unknown>[]) =>
  rs.filter((r) => r.errors).map((r) => r.errors?.[0].extensions);

/**
 * Parallel requests on one task: the task row lock (and the one-pending-funding index) must let
 * exactly one of each racing change through; the others are refused with CONFLICT.
 */
describe('concurrent changes to one task', () => {
  let t: TestApp;
  let stripe: Stripe;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    stripe = processorClient(t);
    token = await requester(t);
  });
  afterAll(() => t.close());

  it('10 parallel publishTask on a funded draft: one opens it, 9 get CONFLICT INVALID_TRANSITION', async () => {
    const task = await createTask(t, token);
    const f = await t.gql<MutationData>(FUND_TASK, { id: task.id, pm: 'pm_card_visa' }, token);
    expect(f.data.fundTask.status).toBe('SUCCEEDED');
    const rs = await burst(10, () => t.gql<MutationData>(PUBLISH, { id: task.id }, token));
    const ok = rs.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    expect(ok[0].data.publishTask).toMatchObject({ status: 'OPEN', priceLocked: true });
    const refused = reasonsOf(rs);
    expect(refused).toHaveLength(9);
    for (const e of refused) expect(e).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
    const [row] = await t.sql(`SELECT status, published_at FROM tasks WHERE id = $1`, [task.id]);
    expect(row.status).toBe('OPEN');
    expect(row.published_at).not.toBeNull();
    expect((await ledgerEntries(t, task.id)).map((e) => e.kind)).toEqual(['TASK_FUNDED']);
  });

  it('10 parallel pauseTask on an open task: one pauses it, 9 get CONFLICT INVALID_TRANSITION', async () => {
    const task = await fundedOpenTask(t, token, { slots: 1 });
    const rs = await burst(10, () => t.gql<MutationData>(transition('pauseTask'), { id: task.id }, token));
    expect(rs.filter((r) => !r.errors).map((r) => r.data.pauseTask.status)).toEqual(['PAUSED']);
    for (const e of reasonsOf(rs))
      expect(e).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
    expect(reasonsOf(rs)).toHaveLength(9);
  });

  it('5 parallel fundTask on one draft: every charge at the processor is in the ledger once, the rest get CONFLICT', async () => {
    const task = await createTask(t, token, { slots: 2 });
    const rs = await burst(5, () =>
      t.gql<MutationData>(FUND_TASK, { id: task.id, pm: 'pm_card_visa' }, token),
    );
    await t.stripe.flushWebhooks();
    const succeeded = rs.filter((r) => !r.errors);
    expect(succeeded.length).toBeGreaterThanOrEqual(1);
    for (const r of succeeded) expect(r.data.fundTask).toMatchObject({ status: 'SUCCEEDED' });
    const refused = reasonsOf(rs);
    expect(refused).toHaveLength(5 - succeeded.length);
    for (const e of refused) {
      expect(e?.code).toBe('CONFLICT');
      expect(['FUNDING_IN_PROGRESS', 'ALREADY_FUNDED', 'INVALID_TRANSITION']).toContain(e?.reason);
    }
    // What the processor charged, what the app recorded and what the ledger holds agree.
    const intents = (await paymentIntentsOf(stripe, task.id)).filter((pi) => pi.status === 'succeeded');
    const fundings = await t.sql<{ id: string; status: string; amount: number }>(
      `SELECT id, status, amount::int AS amount FROM fundings WHERE task_id = $1`,
      [task.id],
    );
    expect(fundings.map((f) => f.status)).toEqual(succeeded.map(() => 'SUCCEEDED'));
    expect(intents.map((pi) => pi.metadata.funding_id).sort()).toEqual(fundings.map((f) => f.id).sort());
    const entries = await ledgerEntries(t, task.id);
    expect(entries.map((e) => e.idempotency_key).sort()).toEqual(
      fundings.map((f) => `funding:${f.id}`).sort(),
    );
    const charged = intents.reduce((sum, pi) => sum + pi.amount_received, 0);
    expect(await escrowOf(t, task.id)).toBe(BigInt(charged));
    expect(charged).toBeGreaterThanOrEqual(task.budget.amountMinor);
  });

  it('10 parallel closeTask on an open task: one closes it and refunds once, 9 get CONFLICT', async () => {
    const task = await fundedOpenTask(t, token, { slots: 2 });
    const rs = await burst(10, () => t.gql<MutationData>(transition('closeTask'), { id: task.id }, token));
    const ok = rs.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    expect(ok[0].data.closeTask).toMatchObject({ status: 'CLOSED', escrowBalance: { amountMinor: 0 } });
    for (const e of reasonsOf(rs))
      expect(e).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
    await t.stripe.flushWebhooks();
    expect((await ledgerEntries(t, task.id)).map((e) => [e.kind, e.amount])).toEqual([
      ['TASK_FUNDED', '4800'],
      ['ESCROW_REFUNDED', '4800'],
    ]);
    const refunds = await t.sql(
      `SELECT status, amount::int AS amount FROM escrow_refunds WHERE task_id = $1`,
      [task.id],
    );
    expect(refunds).toEqual([{ status: 'SUCCEEDED', amount: 4800 }]);
    const [pi] = await paymentIntentsOf(stripe, task.id);
    const atProcessor = await stripe.refunds.list({ payment_intent: pi.id });
    expect(atProcessor.data.map((r) => [r.amount, r.status])).toEqual([[4800, 'succeeded']]);
    expect(await escrowOf(t, task.id)).toBe(0n);
  });

  it('5 closeTask racing 5 cancelTask: one wins, the escrow is refunded once', async () => {
    const task = await fundedOpenTask(t, token, { slots: 1 });
    const rs = await burst(10, (i) =>
      t.gql<MutationData>(transition(i % 2 ? 'cancelTask' : 'closeTask'), { id: task.id }, token),
    );
    const ok = rs.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    const winner = (ok[0].data.closeTask ?? ok[0].data.cancelTask) as { status: string };
    expect(['CLOSED', 'CANCELLED']).toContain(winner.status);
    for (const e of reasonsOf(rs))
      expect(e).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
    expect((await ledgerEntries(t, task.id)).map((e) => e.kind)).toEqual(['TASK_FUNDED', 'ESCROW_REFUNDED']);
    const [pi] = await paymentIntentsOf(stripe, task.id);
    expect((await stripe.refunds.list({ payment_intent: pi.id })).data).toHaveLength(1);
  });
});
