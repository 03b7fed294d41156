import { createTestApp, TestApp } from '../../setup/test-app';
import { expectBalanced, ok } from '../matching/matching-helpers';
import { ADMIN_ENV, escrowOf, transition } from '../tasks/tasks-helpers';
import { REVIEW, submittedTask } from '../submissions/submissions-helpers';

const MEASURED = `id acceptedSamples measuredMedianMinutes measuredHourly { amountMinor currency } measuredPayStatus
  topUpPerSample { amountMinor currency } pricePerSample { amountMinor }`;
const TASK_MEASURED = `query($id: ID!) { task(id: $id) { ${MEASURED} } }`;

describe('fair pay: measured effort, and escrow of paid samples at closing', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
  });
  afterAll(() => t.close());

  it('shows the measured median and hourly pay once 5 samples are accepted; flags UNDERPAID with the top-up for the requester', async () => {
    const { req, task, submissions, contractors } = await submittedTask(t, 7);
    // STANDARD USD pays 2000 for an estimated 30 minutes; contributors really took 100.
    await t.sql(`UPDATE submissions SET minutes_to_first_submission = 100 WHERE task_id = $1`, [task.id]);
    for (const s of submissions.slice(0, 4))
      ok(await t.gql(REVIEW, { input: { submissionId: s.id, decision: 'ACCEPT' } }, req));
    const early = ok(await t.gql(TASK_MEASURED, { id: task.id }, req)).task;
    expect(early).toMatchObject({
      acceptedSamples: 4,
      measuredMedianMinutes: null,
      measuredPayStatus: 'NOT_ENOUGH_DATA',
    });
    ok(await t.gql(REVIEW, { input: { submissionId: submissions[4].id, decision: 'ACCEPT' } }, req));
    const measured = ok(await t.gql(TASK_MEASURED, { id: task.id }, req)).task;
    expect(measured).toMatchObject({
      acceptedSamples: 5,
      measuredMedianMinutes: 100,
      measuredHourly: { amountMinor: 1200, currency: 'USD' }, // 2000 × 60 / 100
      measuredPayStatus: 'UNDERPAID',
      topUpPerSample: { amountMinor: 500, currency: 'USD' }, // floor 1500/h × 100 min = 2500
    });
    // A contractor sees the measurement, not the requester's flag.
    const seen = ok(await t.gql(TASK_MEASURED, { id: task.id }, contractors[6].token)).task;
    expect(seen).toMatchObject({ measuredMedianMinutes: 100, measuredPayStatus: null, topUpPerSample: null });

    // Closing keeps escrow only for the two samples still awaiting review, not the paid ones.
    ok(await t.gql(transition('closeTask'), { id: task.id }, req));
    expect(await escrowOf(t, task.id)).toBe(2n * BigInt(task.requesterCost.amountMinor));
    for (const s of submissions.slice(5))
      ok(await t.gql(REVIEW, { input: { submissionId: s.id, decision: 'ACCEPT' } }, req));
    expect(await escrowOf(t, task.id)).toBe(0n);
    await expectBalanced(t);
  }, 60_000);

  it('closing keeps escrow for a rejection that can still be disputed, not for a final one', async () => {
    const { req, task, submissions } = await submittedTask(t, 2);
    for (const s of submissions)
      ok(
        await t.gql(
          REVIEW,
          {
            input: {
              submissionId: s.id,
              decision: 'REJECT',
              reason: 'OFF_TOPIC',
              feedback: 'This is not a support reply.',
            },
          },
          req,
        ),
      );
    // The first rejection is 15 days old: no dispute can reopen it any more.
    await t.sql(
      `UPDATE submissions SET submitted_at = now() - interval '20 days', review_due_at = now() - interval '17 days',
         reviewed_at = now() - interval '15 days' WHERE id = $1`,
      [submissions[0].id],
    );
    ok(await t.gql(transition('closeTask'), { id: task.id }, req));
    expect(await escrowOf(t, task.id)).toBe(BigInt(task.requesterCost.amountMinor));
    await expectBalanced(t);
  }, 60_000);
});
