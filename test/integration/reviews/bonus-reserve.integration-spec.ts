import { createTestApp, GqlResult, TestApp } from '../../setup/test-app';
import { CLAIM_TASK, eligibleContractors, expectBalanced, ok } from '../matching/matching-helpers';
import { ATTEST, PAY_BONUS, REVIEW, SUBMIT, submittedTask } from '../submissions/submissions-helpers';
import {
  ADMIN_ENV,
  createTask,
  errorOf,
  escrowOf,
  FundData,
  fundedOpenTask,
  paymentIntentsOf,
  processorClient,
  requester,
  transition,
} from '../tasks/tasks-helpers';

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

  const TOP_UP = `mutation($id: ID!, $pm: String!, $a: SafeInt) { fundTask(taskId: $id, paymentMethod: $pm, amount: $a) {
    id status amount { amountMinor currency } failureReason } }`;
  interface TopUpData {
    fundTask: { id: string; status: string; amount: { amountMinor: number; currency: string } };
  }

  it('an OPEN task is topped up with a given amount that bonuses can then spend; drafts and ended tasks refuse one', async () => {
    const { req, task, submissions } = await submittedTask(t, 1, undefined, { slots: 2 });
    ok(await review(submissions[0].id, req, 'ACCEPT'));
    // One free slot holds the 2400 left: nothing spare for the 500 bonus the requester wants to pay.
    expect(refusal(await bonus(submissions[0].id, 500, 'u-1', req))).toMatchObject({ spareMinor: 0 });

    // Without an amount an OPEN task has nothing to be charged for (as before top-ups existed).
    const noAmount = await t.gql<TopUpData>(TOP_UP, { id: task.id, pm: 'pm_card_visa' }, req);
    expect(errorOf(noAmount)).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
      field: 'amount',
    });
    const bad = await t.gql<TopUpData>(TOP_UP, { id: task.id, pm: 'pm_card_visa', a: 0 }, req);
    expect(bad.errors?.[0].message).toMatch(/amount must be at least 1 minor unit/);

    const topUp = ok(
      await t.gql<TopUpData>(TOP_UP, { id: task.id, pm: 'pm_card_visa', a: 600 }, req),
    ).fundTask;
    expect(topUp).toMatchObject({ status: 'SUCCEEDED', amount: { amountMinor: 600, currency: 'USD' } });
    expect(await escrowOf(t, task.id)).toBe(3000n);
    const intents = await paymentIntentsOf(processorClient(t), task.id);
    expect(intents.map((i) => i.amount).sort((a, b) => a - b)).toEqual([600, 4800]);

    // 500 to the contractor and its 100 fee: exactly the top-up; the free slot still has its share.
    const paid = ok(await bonus(submissions[0].id, 500, 'u-2', req)).payBonus;
    expect(paid).toMatchObject({ amount: { amountMinor: 500 }, fee: { amountMinor: 100 } });
    expect(await escrowOf(t, task.id)).toBe(2400n);

    // A draft is funded to its budget, not by an amount; a closed task takes no money at all.
    const other = await requester(t);
    const draft = await createTask(t, other, { slots: 1 });
    const onDraft = await t.gql<TopUpData>(TOP_UP, { id: draft.id, pm: 'pm_card_visa', a: 600 }, other);
    expect(errorOf(onDraft)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    const closed = await fundedOpenTask(t, other, { slots: 1 });
    ok(await t.gql(transition('closeTask'), { id: closed.id }, other));
    const onClosed = await t.gql<FundData>(TOP_UP, { id: closed.id, pm: 'pm_card_visa', a: 600 }, other);
    expect(errorOf(onClosed)).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
    expect(onClosed.errors?.[0].message).toMatch(/CLOSED task cannot be funded/);
    expect(
      (
        await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM fundings WHERE task_id = ANY($1)`, [
          [draft.id, closed.id],
        ])
      )[0].n,
    ).toBe(1);
    await expectBalanced(t);
  }, 60_000);
});
