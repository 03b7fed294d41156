import { Client } from 'pg';
import Stripe from 'stripe';
import { createTestApp, TestApp } from '../../setup/test-app';
import { createTask, FUND_TASK, requester } from './tasks-helpers';

describe('scratch: double charge', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = await requester(t);
  });
  afterAll(() => t.close());

  const waitFor = async (sql: string, params: unknown[]) => {
    for (let i = 0; i < 200; i++) {
      if ((await t.sql(sql, params)).length) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`timeout waiting for ${sql}`);
  };

  it('charges once when a second fundTask read the escrow before the first one succeeded', async () => {
    const task = await createTask(t, token);
    t.stripe.configureDelivery({ hold: true }); // only the API response reports the success
    // The first payment's response comes back after 1 s: time to line up the interleaving.
    t.stripe.injectFaults({ path: '/v1/payment_intents', method: 'POST', timeoutMs: 1000, when: 'after', count: 1 });
    const a = t.gql(FUND_TASK, { id: task.id, pm: 'pm_card_visa' }, token);
    await waitFor(`SELECT 1 FROM fundings WHERE task_id = $1 AND status = 'PENDING'`, [task.id]);
    const x = new Client({ connectionString: t.databaseUrl });
    await x.connect();
    await x.query('BEGIN');
    await x.query('LOCK TABLE fundings IN SHARE MODE'); // A's "UPDATE fundings SET status = SUCCEEDED" waits
    await waitFor(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'UPDATE fundings SET status = ''SUCCEEDED''%'`, []);
    const b = t.gql(FUND_TASK, { id: task.id, pm: 'pm_card_visa' }, token); // reads escrow = 0
    await waitFor(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO "fundings"%'`, []);
    await x.query('COMMIT');
    await x.end();
    const [ra, rb] = await Promise.all([a, b]);
    t.stripe.configureDelivery({ hold: false });
    await t.stripe.flushWebhooks();
    console.log(JSON.stringify([ra.data ?? ra.errors, rb.data ?? rb.errors]));
    const stripe = new Stripe('sk_test_x', { ...t.stripe.stripeConfig() });
    const pis = (await stripe.paymentIntents.list({ limit: 100 })).data.filter((p) => p.metadata.task_id === task.id);
    const ok = await t.sql(`SELECT amount FROM fundings WHERE task_id = $1 AND status = 'SUCCEEDED'`, [task.id]);
    console.log('pis', pis.length, 'succeeded fundings', ok.length);
    expect(pis.filter((p) => p.status === 'succeeded')).toHaveLength(1);
    expect(ok).toHaveLength(1);
  });
});
