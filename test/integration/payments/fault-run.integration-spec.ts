import Stripe from 'stripe';
import { createTestApp, TestApp } from '../../setup/test-app';
import { createTask, processorClient, PUBLISH, requester } from '../tasks/tasks-helpers';
import { cancel, close, fund, JOBS_ENV, reconcile, refundsSettled, sweepFundings } from './payments-helpers';

type Fault = Parameters<TestApp['stripe']['injectFaults']>[0] | null;

/** Processor faults on every kind of call the app makes, in a fixed rotation. */
const FAULTS: Fault[] = [
  null,
  { path: '/v1/payment_intents', method: 'POST', status: 503, count: 3 }, // charge never ran
  { path: '/v1/payment_intents', status: 500, when: 'after', count: 6 }, // charged, answer lost twice over
  { path: '/v1/refunds', method: 'POST', status: 502, count: 3 }, // refund never ran
  { path: '/v1/refunds', method: 'POST', status: 500, when: 'after', count: 3 }, // refunded, answer lost
  { path: '/v1/payment_intents', method: 'POST', status: 429, count: 2 }, // rate limited, SDK retries
  { status: 500, count: 4 }, // anything
];

/**
 * After a run where the processor keeps failing, once the sweep and the jobs have run the books
 * agree with the processor: money it holds for us (charges minus refunds) equals the escrow
 * movements of the ledger, and no funding or refund is left PENDING.
 */
describe('a run with processor faults ends with books that match the processor', () => {
  let t: TestApp;
  let token: string;
  let stripe: Stripe;
  beforeAll(async () => {
    t = await createTestApp(JOBS_ENV);
    token = await requester(t);
    stripe = processorClient(t);
  });
  afterAll(() => t.close());

  it('funds, publishes, closes and cancels 14 tasks through faults', async () => {
    t.stripe.configureDelivery({ duplicates: 1, shuffle: true });
    for (let i = 0; i < 14; i++) {
      const task = await createTask(t, token, { slots: 1 + (i % 3) });
      const fault = FAULTS[i % FAULTS.length];
      if (fault && i % 2 === 0) t.stripe.injectFaults(fault);
      await fund(t, token, task.id, i % 5 === 4 ? 'pm_card_chargeDeclined' : 'pm_card_visa');
      t.stripe.clearFaults();
      await sweepFundings(t); // what the scheduled sweep does every minute
      if (fault && i % 2 === 1) t.stripe.injectFaults(fault);
      if (i % 3 === 0) await cancel(t, token, task.id);
      else {
        await t.gql(PUBLISH, { id: task.id }, token);
        await close(t, token, task.id);
        await cancel(t, token, task.id); // a draft whose funding failed can still be cancelled
      }
      t.stripe.clearFaults();
      const [row] = await t.sql(`SELECT status FROM tasks WHERE id = $1`, [task.id]);
      expect(['CLOSED', 'CANCELLED']).toContain(row.status);
    }
    await t.stripe.flushWebhooks();
    await sweepFundings(t);
    await refundsSettled(t);
    const books = await reconcile(t, stripe);
    expect(books.pending).toEqual({ fundings: 0, refunds: 0 });
    expect(books.atProcessor).toBe(books.inLedger);
    expect(books.charged).toBeGreaterThan(0n);
    expect(books.refunded).toBe(books.charged); // every task ended: everything went back
  });
});
