import { createTestApp, TestApp } from '../../setup/test-app';
import { until } from '../jobs/jobs-helpers';
import { CLAIM_TASK, eligibleContractors, expectBalanced, ok } from '../matching/matching-helpers';
import { escrowOf, fundedOpenTask, requester, transition } from '../tasks/tasks-helpers';

describe('claim expiry runs as a job enqueued with the claim', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ JOBS_POLL_INTERVAL_MS: '500', JOBS_RETRY_DELAY_SECONDS: '0' });
  });
  afterAll(() => t.close());

  it('the job, due at expiresAt, expires the claim, returns the slot and the escrow of a closed task', async () => {
    const req = await requester(t);
    const task = await fundedOpenTask(t, req, { slots: 2, claimTimeLimitMinutes: 30 });
    const [c] = await eligibleContractors(t, 1);
    const claim = ok(await t.gql(CLAIM_TASK, { id: task.id }, c.token)).claimTask;
    const [job] = await t.sql<{ start_after: Date; data: unknown }>(
      `SELECT start_after, data FROM pgboss.job WHERE name = 'claim-expiry'`,
    );
    expect(job.data).toEqual({ claimId: claim.id });
    expect(job.start_after.toISOString()).toBe(new Date(claim.expiresAt).toISOString());

    ok(await t.gql(transition('closeTask'), { id: task.id }, req));
    const cost = BigInt(task.requesterCost.amountMinor);
    expect(await escrowOf(t, task.id)).toBe(cost);
    // Time passes: the claim's deadline and the job's start move into the past.
    await t.sql(
      `UPDATE claims SET claimed_at = claimed_at - interval '1 hour', expires_at = expires_at - interval '1 hour' WHERE id = $1`,
      [claim.id],
    );
    await t.sql(`UPDATE pgboss.job SET start_after = now() WHERE name = 'claim-expiry'`);
    await until(
      async () => (await t.sql(`SELECT status FROM claims WHERE id = $1`, [claim.id]))[0].status,
      (s) => s === 'EXPIRED',
    );
    await until(
      () => escrowOf(t, task.id),
      (e) => e === 0n,
    );
    const [row] = await t.sql(`SELECT slots_remaining FROM tasks WHERE id = $1`, [task.id]);
    expect(row.slots_remaining).toBe(2);
    await expectBalanced(t);
  }, 60_000);
});
