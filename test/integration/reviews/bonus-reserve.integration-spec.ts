import { createTestApp, GqlResult, TestApp } from '../../setup/test-app';
import { CLAIM_TASK, eligibleContractors, expectBalanced, ok } from '../matching/matching-helpers';
import { ATTEST, PAY_BONUS, REVIEW, SUBMIT, submittedTask } from '../submissions/submissions-helpers';
import { ADMIN_ENV, escrowOf } from '../tasks/tasks-helpers';

interface BonusData {
  payBonus: { id: string; amount: { amountMinor: number }; fee: { amountMinor: number } };
}

/** A bonus spends only escrow that no unpaid slot of the task (free or with work under way) needs. */
describe('bonuses never spend escrow reserved for unpaid slots', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
  });
  afterAll(() => t.close());

  const review = (submissionId: string, token: string, decision: 'ACCEPT' | 'REJECT') =>
    t.gql<{ reviewSubmission: { status: string } }>(
      REVIEW,
      { input: { submissionId, decision, reason: 'OFF_TOPIC', feedback: 'This is not a support reply.' } },
      token,
    );
  const bonus = (id: string, a: number, k: string, token: string) =>
    t.gql<BonusData>(PAY_BONUS, { id, a, n: 'Thanks for the extra care', k }, token);
  const bonusRows = async (taskId: string) =>
    (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM bonuses WHERE task_id = $1`, [taskId]))[0].n;
  const refusal = (r: GqlResult) => r.errors?.[0]?.extensions;

  it('refuses a bonus that would take a slot’s share, pays one from spare escrow exactly, and every slot is still paid', async () => {
    // 3 slots at 2000 + 400 fee: 7200 in escrow; two samples submitted, one slot free.
    const { req, task, submissions } = await submittedTask(t, 2, undefined, { slots: 3 });
    const cost = BigInt(task.requesterCost.amountMinor);
    expect(cost).toBe(2400n);
    ok(await review(submissions[0].id, req, 'ACCEPT'));
    expect(await escrowOf(t, task.id)).toBe(4800n);

    // One free slot and one sample awaiting review hold all 4800: nothing is spare.
    const none = await bonus(submissions[0].id, 1, 'b-1', req);
    expect(refusal(none)).toMatchObject({
      code: 'CONFLICT',
      reason: 'BUDGET_EXHAUSTED',
      escrowMinor: 4800,
      reservedMinor: 4800,
      spareMinor: 0,
      unpaidSlots: 2,
    });
    expect(none.errors?.[0].message).toMatch(/reserved for its 2 unpaid slot/);
    expect(await escrowOf(t, task.id)).toBe(4800n);
    expect(await bonusRows(task.id)).toBe(0);

    // A final rejection frees its share: 2400 spare, exactly a 2000 bonus and its 400 fee.
    ok(await review(submissions[1].id, req, 'REJECT'));
    await t.sql(
      `UPDATE submissions SET submitted_at = now() - interval '20 days', review_due_at = now() - interval '17 days',
         reviewed_at = now() - interval '15 days' WHERE id = $1`,
      [submissions[1].id],
    );
    const tooMuch = await bonus(submissions[0].id, 2001, 'b-2', req);
    expect(refusal(tooMuch)).toMatchObject({ reason: 'BUDGET_EXHAUSTED', spareMinor: 2400, unpaidSlots: 1 });
    const paid = ok(await bonus(submissions[0].id, 2000, 'b-3', req)).payBonus;
    expect(paid).toMatchObject({ amount: { amountMinor: 2000 }, fee: { amountMinor: 400 } });
    expect(await escrowOf(t, task.id)).toBe(2400n);
    // the same key again replays, even with nothing spare left
    expect(ok(await bonus(submissions[0].id, 2000, 'b-3', req)).payBonus.id).toBe(paid.id);
    expect(refusal(await bonus(submissions[0].id, 1, 'b-4', req))).toMatchObject({
      reason: 'BUDGET_EXHAUSTED',
      spareMinor: 0,
    });

    // The free slot is claimed, its sample submitted and accepted: its share was still there.
    const [late] = await eligibleContractors(t, 1);
    const claim = ok(
      await t.gql<{ claimTask: { id: string } }>(CLAIM_TASK, { id: task.id }, late.token),
    ).claimTask;
    // …and a claim under way holds its share as a free slot did
    expect(refusal(await bonus(submissions[0].id, 1, 'b-5', req))).toMatchObject({
      unpaidSlots: 1,
      spareMinor: 0,
    });
    const sample = ok(
      await t.gql<{ submitSample: { id: string } }>(
        SUBMIT,
        {
          input: {
            claimId: claim.id,
            content: 'Thanks for waiting, your refund is on its way.',
            attestation: ATTEST,
          },
        },
        late.token,
      ),
    ).submitSample;
    expect(ok(await review(sample.id, req, 'ACCEPT')).reviewSubmission.status).toBe('ACCEPTED');
    expect(await escrowOf(t, task.id)).toBe(0n);
    expect(await bonusRows(task.id)).toBe(1);
    await expectBalanced(t);
  }, 60_000);
});
