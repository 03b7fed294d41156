import { TaskEscrowService } from '../../../src/modules/tasks/tasks.module';
import { createTestApp, GqlResult, TestApp } from '../../setup/test-app';
import { expectBalanced, ok } from '../matching/matching-helpers';
import { JOBS_ENV, processorRefundsOf, refundsSettled, until } from '../payments/payments-helpers';
import {
  adminToken,
  ATTEST,
  DISPUTE,
  RESOLVE,
  REVIEW,
  SUBMIT,
  submittedTask,
} from '../submissions/submissions-helpers';
import { escrowOf, processorClient, transition } from '../tasks/tasks-helpers';

/**
 * A slot's share of the escrow is kept at closing while its sample's decision can still change;
 * once the decision is final (a dismissed dispute, 14 days without one, a revision request left
 * unanswered past its deadline) the share goes back to the requester: one refund, never two.
 */
describe('escrow of decisions that become final after the task ended', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp(JOBS_ENV);
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  const decide = (submissionId: string, token: string, decision: 'REJECT' | 'REQUEST_REVISION') =>
    t.gql<{ reviewSubmission: { status: string } }>(
      REVIEW,
      { input: { submissionId, decision, reason: 'OFF_TOPIC', feedback: 'This is not a support reply.' } },
      token,
    );
  const close = (taskId: string, token: string) =>
    t.gql<Record<string, { status: string }>>(transition('closeTask'), { id: taskId }, token);
  const refunds = async (taskId: string) =>
    (
      await t.sql<{ amount: string }>(
        `SELECT amount::text AS amount FROM escrow_refunds WHERE task_id = $1 ORDER BY created_at`,
        [taskId],
      )
    ).map((r) => r.amount);
  /** Time passes for one sample's decision: it was reviewed 15 days ago. */
  const ageDecision = (submissionId: string) =>
    t.sql(
      `UPDATE submissions SET submitted_at = now() - interval '20 days', review_due_at = now() - interval '17 days',
         reviewed_at = now() - interval '15 days' WHERE id = $1`,
      [submissionId],
    );
  const release = (taskId: string) => t.app.get(TaskEscrowService).releaseSpare(taskId);

  it('refunds a rejection’s share once its dispute is dismissed, and another once 14 days pass', async () => {
    const { req, task, submissions, contractors } = await submittedTask(t, 2);
    for (const s of submissions) ok(await decide(s.id, req, 'REJECT'));
    const dispute = ok(
      await t.gql<{ disputeRejection: { id: string } }>(
        DISPUTE,
        { id: submissions[0].id, m: 'It is a support reply.' },
        contractors[0].token,
      ),
    ).disputeRejection;
    expect(ok(await close(task.id, req)).closeTask.status).toBe('CLOSED');
    // Both rejections can still become acceptances: both shares stay, nothing is refunded.
    expect(await escrowOf(t, task.id)).toBe(4800n);
    expect(await refunds(task.id)).toEqual([]);

    // Dismissing the dispute makes the first rejection final: its job gives its share back.
    ok(await t.gql(RESOLVE, { id: dispute.id, u: false, n: 'The sample is off topic.' }, admin));
    await until(
      () => escrowOf(t, task.id),
      (e) => e === 2400n,
      30_000,
    );
    await refundsSettled(t);
    expect(await refunds(task.id)).toEqual(['2400']);
    // Still within its 14 days, the second rejection keeps its share.
    expect(await release(task.id)).toBeNull();

    // Fourteen days pass without a dispute: the release (its job was enqueued with the
    // rejection, 14 days out) gives the second share back, once however often it runs.
    await ageDecision(submissions[1].id);
    const first = await release(task.id);
    expect(first).not.toBeNull();
    expect(await release(task.id)).toBeNull();
    await refundsSettled(t);
    expect(await escrowOf(t, task.id)).toBe(0n);
    expect(await refunds(task.id)).toEqual(['2400', '2400']);
    expect((await processorRefundsOf(processorClient(t), task.id)).map((r) => r.amount)).toEqual([
      2400, 2400,
    ]);
    const [job] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'task-escrow-release'
         AND data->>'taskId' = $1 AND start_after > now() + interval '13 days'`,
      [task.id],
    );
    expect(job.n).toBeGreaterThanOrEqual(2); // the rejection's and the close's (for revision requests)
    await expectBalanced(t);
  }, 60_000);

  it('refunds the share of a revision request never answered on a closed task, and refuses the late version', async () => {
    const { req, task, submissions, contractors, claims } = await submittedTask(t, 1);
    ok(await decide(submissions[0].id, req, 'REQUEST_REVISION'));
    ok(await close(task.id, req));
    expect(await escrowOf(t, task.id)).toBe(2400n);
    expect(await release(task.id)).toBeNull(); // the contractor may still resubmit

    // The request and the task's end are 15 days old: the deadline (14 days) has passed.
    await ageDecision(submissions[0].id);
    await t.sql(`UPDATE tasks SET ended_at = ended_at - interval '15 days' WHERE id = $1`, [task.id]);
    const late: GqlResult = await t.gql(
      SUBMIT,
      {
        input: {
          claimId: claims[0].id,
          content: 'The revised reply, thanks for waiting.',
          attestation: ATTEST,
        },
      },
      contractors[0].token,
    );
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'REVISION_WINDOW_CLOSED' });
    const [versions] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM submissions WHERE claim_id = $1`,
      [claims[0].id],
    );
    expect(versions.n).toBe(1);

    expect(await release(task.id)).not.toBeNull();
    expect(await release(task.id)).toBeNull();
    await refundsSettled(t);
    expect(await escrowOf(t, task.id)).toBe(0n);
    expect(await refunds(task.id)).toEqual(['2400']);
    await expectBalanced(t);
  }, 60_000);
});
