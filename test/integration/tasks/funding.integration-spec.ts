import Stripe from 'stripe';
import { createTestApp, TestApp } from '../../setup/test-app';
import {
  createTask,
  FUND_TASK,
  fundedOpenTask,
  ledgerEntries,
  PUBLISH,
  requester,
  transition,
  type MutationData,
} from './tasks-helpers';

describe('funding, publishing and closing tasks (real PostgreSQL, Stripe emulator over HTTP)', () => {
  let t: TestApp;
  let token: string;
  let stripe: Stripe;
  beforeAll(async () => {
    t = await createTestApp();
    token = await requester(t);
    stripe = new Stripe('sk_test_x', { ...t.stripe.stripeConfig(), maxNetworkRetries: 0 });
  });
  afterAll(() => t.close());

  it('shows the quoted price and budget on a draft', async () => {
    const task = await createTask(t, token, { slots: 4 });
    // Seeded table 2026.1: 43-0000 STANDARD USD = 20.00, fee 20 % = 4.00.
    expect(task).toMatchObject({
      status: 'DRAFT',
      pricePerSample: { amountMinor: 2000, currency: 'USD' },
      platformFee: { amountMinor: 400, currency: 'USD' },
      requesterCost: { amountMinor: 2400, currency: 'USD' },
      budget: { amountMinor: 9600, currency: 'USD' },
      funded: false,
      escrowBalance: { amountMinor: 0, currency: 'USD' },
      priceLocked: false,
      rateTableVersion: '2026.1',
    });
  });

  it('refuses to publish an unfunded task with NOT_FUNDED', async () => {
    const task = await createTask(t, token);
    const r = await t.gql<MutationData>(PUBLISH, { id: task.id }, token);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_FUNDED' });
    const [row] = await t.sql(`SELECT status FROM tasks WHERE id = $1`, [task.id]);
    expect(row.status).toBe('DRAFT');
  });

  it('funds with a card, posts clearing → escrow once, then publishes with the price locked', async () => {
    const task = await createTask(t, token);
    const f = await t.gql<MutationData>(FUND_TASK, { id: task.id, pm: 'pm_card_visa' }, token);
    expect(f.data.fundTask).toMatchObject({
      status: 'SUCCEEDED',
      amount: { amountMinor: 7200, currency: 'USD' },
    });
    await t.stripe.flushWebhooks(); // the webhook repeats what the API response already applied
    const entries = await ledgerEntries(t, task.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'TASK_FUNDED', amount: '7200' });
    expect(entries[0].account).toContain(`:escrow:task:${task.id}`);
    const p = await t.gql<MutationData>(PUBLISH, { id: task.id }, token);
    expect(p.data.publishTask).toMatchObject({
      status: 'OPEN',
      funded: true,
      priceLocked: true,
      escrowBalance: { amountMinor: 7200 },
    });
    const again = await t.gql<MutationData>(FUND_TASK, { id: task.id, pm: 'pm_card_visa' }, token);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
  });

  it('leaves the task unfunded with a readable reason when the card is declined', async () => {
    const task = await createTask(t, token);
    const f = await t.gql<MutationData>(FUND_TASK, { id: task.id, pm: 'pm_card_chargeDeclined' }, token);
    expect(f.errors).toBeUndefined();
    expect(f.data.fundTask).toMatchObject({ status: 'FAILED', failureCode: 'generic_decline' });
    expect(f.data.fundTask.failureReason).toMatch(/declined/i);
    await t.stripe.flushWebhooks();
    expect(await ledgerEntries(t, task.id)).toEqual([]);
    const r = await t.gql<{ task: { funded: boolean; escrowBalance: { amountMinor: number } } }>(
      `query($id: ID!) { task(id: $id) { funded escrowBalance { amountMinor } } }`,
      { id: task.id },
      token,
    );
    expect(r.data.task).toEqual({ funded: false, escrowBalance: { amountMinor: 0 } });
    // A declined attempt does not block a new one.
    const ok = await t.gql<MutationData>(FUND_TASK, { id: task.id, pm: 'pm_card_visa' }, token);
    expect(ok.data.fundTask.status).toBe('SUCCEEDED');
  });

  it('posts exactly one entry when the response is lost and the webhook arrives 3× in shuffled order', async () => {
    const task = await createTask(t, token);
    t.stripe.configureDelivery({ duplicates: 2, shuffle: true, hold: true });
    // The payment succeeds at the processor but every response (first try and SDK retries) is lost.
    t.stripe.injectFaults({
      path: '/v1/payment_intents',
      method: 'POST',
      status: 500,
      when: 'after',
      count: 3,
    });
    const f = await t.gql<MutationData>(FUND_TASK, { id: task.id, pm: 'pm_card_visa' }, token);
    expect(f.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    const [pending] = await t.sql(`SELECT status FROM fundings WHERE task_id = $1`, [task.id]);
    expect(pending.status).toBe('PENDING');
    await t.stripe.flushWebhooks();
    t.stripe.configureDelivery({ duplicates: 0, shuffle: false, hold: false });
    const succeeded = t.stripe.deliveries().filter((d) => d.type === 'payment_intent.succeeded' && d.ok);
    expect(succeeded.length).toBeGreaterThanOrEqual(3);
    const entries = await ledgerEntries(t, task.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'TASK_FUNDED', amount: '7200' });
    const [funding] = await t.sql(`SELECT status FROM fundings WHERE task_id = $1`, [task.id]);
    expect(funding.status).toBe('SUCCEEDED');
    const [{ n }] = await t.sql(
      `SELECT count(*)::int AS n FROM processor_events WHERE type = 'payment_intent.succeeded' AND processed_at IS NOT NULL`,
    );
    expect(n).toBeGreaterThanOrEqual(1);
  });

  it('settles a lost response on the next call by replaying the same idempotency key, charging once', async () => {
    const task = await createTask(t, token);
    t.stripe.configureDelivery({ hold: true }); // no webhook reaches the app for now
    t.stripe.injectFaults({
      path: '/v1/payment_intents',
      method: 'POST',
      status: 500,
      when: 'after',
      count: 3,
    });
    const lost = await t.gql<MutationData>(FUND_TASK, { id: task.id, pm: 'pm_card_visa' }, token);
    expect(lost.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    const again = await t.gql<MutationData>(FUND_TASK, { id: task.id, pm: 'pm_card_visa' }, token);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_FUNDED' });
    const intents = await stripe.paymentIntents.list({ limit: 100 });
    expect(intents.data.filter((pi) => pi.metadata.task_id === task.id)).toHaveLength(1);
    expect((await ledgerEntries(t, task.id)).map((e) => e.amount)).toEqual(['7200']);
    t.stripe.configureDelivery({ hold: false });
    await t.stripe.flushWebhooks();
    expect(await ledgerEntries(t, task.id)).toHaveLength(1);
  });

  it('refuses to cancel while a payment is still in flight, then refunds once it settles', async () => {
    const task = await createTask(t, token);
    t.stripe.configureDelivery({ hold: true });
    // The charge goes through but its response is lost (3 tries), then asking the processor about
    // it fails too (3 tries of the list): the payment is truly in flight as far as the app knows.
    t.stripe.injectFaults({ path: '/v1/payment_intents', status: 500, when: 'after', count: 6 });
    await t.gql<MutationData>(FUND_TASK, { id: task.id, pm: 'pm_card_visa' }, token);
    const refused = await t.gql<MutationData>(transition('cancelTask'), { id: task.id }, token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'FUNDING_IN_PROGRESS' });
    const [row] = await t.sql(`SELECT status FROM tasks WHERE id = $1`, [task.id]);
    expect(row.status).toBe('DRAFT');
    t.stripe.configureDelivery({ hold: false });
    await t.stripe.flushWebhooks();
    const ok = await t.gql<MutationData>(transition('cancelTask'), { id: task.id }, token);
    expect(ok.data.cancelTask).toMatchObject({ status: 'CANCELLED', escrowBalance: { amountMinor: 0 } });
    expect((await ledgerEntries(t, task.id)).map((e) => [e.kind, e.amount])).toEqual([
      ['TASK_FUNDED', '7200'],
      ['ESCROW_REFUNDED', '7200'],
    ]);
    await t.stripe.flushWebhooks(); // the refund's events land before the next test counts events
  });

  it('refuses a webhook with a bad signature and changes nothing', async () => {
    const before = await t.sql(`SELECT count(*)::int AS n FROM processor_events`);
    const res = await fetch(`${t.url}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=deadbeef' },
      body: JSON.stringify({ id: 'evt_forged', type: 'payment_intent.succeeded', data: { object: {} } }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { reason: string } }).error.reason).toBe('BAD_SIGNATURE');
    expect(await t.sql(`SELECT count(*)::int AS n FROM processor_events`)).toEqual(before);
  });

  it('closing returns exactly the unspent escrow, in the ledger and at the processor', async () => {
    const task = await fundedOpenTask(t, token, { slots: 2 });
    const closed = await t.gql<MutationData>(transition('closeTask'), { id: task.id }, token);
    expect(closed.data.closeTask).toMatchObject({ status: 'CLOSED', escrowBalance: { amountMinor: 0 } });
    const entries = await ledgerEntries(t, task.id);
    expect(entries.map((e) => [e.kind, e.amount])).toEqual([
      ['TASK_FUNDED', '4800'],
      ['ESCROW_REFUNDED', '4800'],
    ]);
    const [funding] = await t.sql<{ payment_intent_id: string; r: number }>(
      `SELECT payment_intent_id, refunded_amount::int AS r FROM fundings WHERE task_id = $1`,
      [task.id],
    );
    expect(funding.r).toBe(4800);
    const refunds = await stripe.refunds.list({ payment_intent: funding.payment_intent_id });
    expect(refunds.data.map((r) => [r.amount, r.status])).toEqual([[4800, 'succeeded']]);
    const again = await t.gql<MutationData>(transition('closeTask'), { id: task.id }, token);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
  });

  it('pauses, resumes and cancels an open task, refunding on cancel', async () => {
    const task = await fundedOpenTask(t, token, { slots: 1 });
    expect(
      (await t.gql<MutationData>(transition('pauseTask'), { id: task.id }, token)).data.pauseTask.status,
    ).toBe('PAUSED');
    const twice = await t.gql<MutationData>(transition('pauseTask'), { id: task.id }, token);
    expect(twice.errors?.[0].extensions.reason).toBe('INVALID_TRANSITION');
    expect(
      (await t.gql<MutationData>(transition('resumeTask'), { id: task.id }, token)).data.resumeTask.status,
    ).toBe('OPEN');
    const c = await t.gql<MutationData>(transition('cancelTask'), { id: task.id }, token);
    expect(c.data.cancelTask).toMatchObject({ status: 'CANCELLED', escrowBalance: { amountMinor: 0 } });
    expect((await ledgerEntries(t, task.id)).map((e) => e.kind)).toEqual(['TASK_FUNDED', 'ESCROW_REFUNDED']);
  });

  it('cancels an unfunded draft without any money moving', async () => {
    const task = await createTask(t, token);
    const c = await t.gql<MutationData>(transition('cancelTask'), { id: task.id }, token);
    expect(c.data.cancelTask.status).toBe('CANCELLED');
    expect(await ledgerEntries(t, task.id)).toEqual([]);
  });

  it('keeps the trial balance at zero', async () => {
    const r = await t.sql(
      `SELECT currency, sum(amount)::bigint AS total FROM ledger_postings GROUP BY currency`,
    );
    expect(r.length).toBeGreaterThan(0);
    for (const row of r) expect(row.total).toBe('0');
  });
});
