import { createTestApp, TestApp } from '../../setup/test-app';
import { createTask, FUND_TASK, paymentIntentsOf, processorClient, requester } from './tasks-helpers';

describe('parallel fundTask charges the card exactly once', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = await requester(t);
  });
  afterAll(() => t.close());

  // The first burst on a cold app tends to serialise; from the second on, nearly every burst charges twice.
  it.each(Array.from({ length: 10 }, (_, i) => i))(
    'burst %i: 5 parallel fundTask → one PaymentIntent, one SUCCEEDED funding, 4 CONFLICT',
    async () => {
      const task = await createTask(t, token);
      const rs = await Promise.all(
        Array.from({ length: 5 }, () => t.gql(FUND_TASK, { id: task.id, pm: 'pm_card_visa' }, token)),
      );
      await t.stripe.flushWebhooks();
      const intents = await paymentIntentsOf(processorClient(t), task.id);
      expect(intents).toHaveLength(1);
      const [{ n }] = await t.sql(
        `SELECT count(*)::int AS n FROM fundings WHERE task_id = $1 AND status = 'SUCCEEDED'`,
        [task.id],
      );
      expect(n).toBe(1);
      expect(rs.filter((r) => r.errors).map((r) => r.errors?.[0].extensions.code)).toEqual([
        'CONFLICT',
        'CONFLICT',
        'CONFLICT',
        'CONFLICT',
      ]);
    },
  );
});
