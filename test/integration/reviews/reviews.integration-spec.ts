import { Accounts, LedgerService } from '../../../src/modules/ledger/ledger.module';
import { SubmissionsService } from '../../../src/modules/submissions/submissions.module';
import { createTestApp, TestApp } from '../../setup/test-app';
import { expectBalanced, ok } from '../matching/matching-helpers';
import { ADMIN_ENV, errorOf, escrowOf, TASK, type TaskData } from '../tasks/tasks-helpers';
import {
  acceptanceEntries,
  adminToken,
  ASSIGN,
  EARNINGS,
  orgOf,
  PAY_BONUS,
  REVIEW,
  staff,
  STATEMENT,
  SUBMISSION,
  submittedTask,
} from '../submissions/submissions-helpers';
import type {
  EarningsData,
  PayBonusData,
  ReviewData,
  StatementData,
  SubmissionData,
} from '../../support/gql-results';

describe('reviews, auto-accept and bonuses', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  const accept = (id: string, token: string) =>
    t.gql<ReviewData>(REVIEW, { input: { submissionId: id, decision: 'ACCEPT' } }, token);
  /** Rejects a sample, then ages the rejection past the 14 days a dispute could be opened in. */
  const rejectFinally = async (id: string, token: string) => {
    const input = {
      submissionId: id,
      decision: 'REJECT',
      reason: 'OFF_TOPIC',
      feedback: 'This is not a support reply.',
    };
    ok(await t.gql(REVIEW, { input }, token));
    await t.sql(
      `UPDATE submissions SET submitted_at = now() - interval '20 days', review_due_at = now() - interval '17 days',
         reviewed_at = now() - interval '15 days' WHERE id = $1`,
      [id],
    );
  };

  it('two reviewers accepting in parallel: one acceptance, one ledger entry, the price and fee moved once', async () => {
    const { req, task, submissions, contractors } = await submittedTask(t, 1);
    const reviewer = await staff(t, admin, await orgOf(t, task.id));
    ok(await t.gql(ASSIGN, { t: task.id, u: reviewer.id }, req));
    const before = await escrowOf(t, task.id);
    const results = await Promise.all([
      accept(submissions[0].id, req),
      accept(submissions[0].id, reviewer.token),
    ]);
    const codes = results.map((r) => r.errors?.[0]?.extensions.reason ?? 'OK').sort();
    expect(codes).toEqual(['ALREADY_REVIEWED', 'OK']);
    expect(await acceptanceEntries(t, submissions[0].id)).toBe(1);
    const cost = BigInt(task.requesterCost.amountMinor);
    expect(await escrowOf(t, task.id)).toBe(before - cost);
    const earnings = ok(await t.gql<EarningsData>(EARNINGS, {}, contractors[0].token)).myEarnings;
    expect(earnings.payable).toEqual([{ amountMinor: task.pricePerSample.amountMinor, currency: 'USD' }]);
    expect(earnings.pending).toEqual([{ amountMinor: 0, currency: 'USD' }]);
    const statement = ok(await t.gql<StatementData>(STATEMENT, {}, contractors[0].token)).myEarningsStatement;
    expect(statement.edges[0].node).toMatchObject({
      kind: 'SAMPLE',
      submissionId: submissions[0].id,
      rateTableVersion: task.rateTableVersion,
      amount: { amountMinor: task.pricePerSample.amountMinor },
    });
    const audit = await t.sql(`SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id`, [
      submissions[0].id,
    ]);
    expect(audit.map((a) => a.action)).toEqual(['submission.submitted', 'submission.accepted']);
    await expectBalanced(t);
  });

  it('ten parallel accepts on a task whose escrow covers seven: exactly seven, the rest BUDGET_EXHAUSTED', async () => {
    const { req, task, submissions } = await submittedTask(t, 10);
    const cost = BigInt(task.requesterCost.amountMinor);
    // Take the escrow down to seven samples' worth (as if the requester had spent it on bonuses).
    const orgId = await orgOf(t, task.id);
    await t.app.get(LedgerService).post({
      idempotencyKey: `test-drain:${task.id}`,
      kind: 'TEST_DRAIN',
      reference: `task:${task.id}`,
      moves: [
        {
          from: Accounts.taskEscrow(orgId, task.id),
          to: Accounts.processorClearing,
          amount: 3n * cost,
          currency: 'USD',
        },
      ],
    });
    const results = await Promise.all(submissions.map((s) => accept(s.id, req)));
    const reasons = results.map((r) => r.errors?.[0]?.extensions.reason ?? 'OK');
    expect(reasons.filter((r) => r === 'OK')).toHaveLength(7);
    expect(reasons.filter((r) => r === 'BUDGET_EXHAUSTED')).toHaveLength(3);
    expect(results.filter((r) => r.errors).every((r) => r.errors![0].extensions.code === 'CONFLICT')).toBe(
      true,
    );
    const statuses = await t.sql(
      `SELECT status, count(*)::int AS n FROM submissions WHERE task_id = $1 GROUP BY status ORDER BY status`,
      [task.id],
    );
    expect(statuses).toEqual([
      { status: 'ACCEPTED', n: 7 },
      { status: 'SUBMITTED', n: 3 },
    ]);
    expect(await escrowOf(t, task.id)).toBe(0n);
    await expectBalanced(t);
  }, 60_000);

  it('a rejection needs a reason and feedback of 20 characters', async () => {
    const { req, submissions } = await submittedTask(t, 1);
    const id = submissions[0].id;
    const noReason = await t.gql(
      REVIEW,
      { input: { submissionId: id, decision: 'REJECT', feedback: 'x'.repeat(30) } },
      req,
    );
    expect(errorOf(noReason)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REASON_REQUIRED' });
    const short = await t.gql(
      REVIEW,
      { input: { submissionId: id, decision: 'REJECT', reason: 'OFF_TOPIC', feedback: 'too short' } },
      req,
    );
    expect(errorOf(short)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FEEDBACK_REQUIRED' });
    expect((await t.sql(`SELECT status FROM submissions WHERE id = $1`, [id]))[0].status).toBe('SUBMITTED');
    const r = ok(
      await t.gql<ReviewData>(
        REVIEW,
        {
          input: {
            submissionId: id,
            decision: 'REJECT',
            reason: 'OFF_TOPIC',
            feedback: 'This is about billing, not support.',
          },
        },
        req,
      ),
    );
    expect(r.reviewSubmission).toMatchObject({ status: 'REJECTED', rejectionReason: 'OFF_TOPIC' });
    expect(await acceptanceEntries(t, id)).toBe(0);
  });

  it('a platform reviewer sees and reviews only the tasks assigned to it', async () => {
    const { req, task, submissions } = await submittedTask(t, 1);
    const platform = await staff(t, admin, null);
    expect(errorOf(await t.gql(TASK, { id: task.id }, platform.token)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(SUBMISSION, { id: submissions[0].id }, platform.token)).code).toBe(
      'NOT_FOUND',
    );
    expect(errorOf(await accept(submissions[0].id, platform.token)).code).toBe('NOT_FOUND');
    // An organisation's reviewer sees the task but reviews only when assigned.
    const orgReviewer = await staff(t, admin, await orgOf(t, task.id));
    expect(errorOf(await accept(submissions[0].id, orgReviewer.token))).toMatchObject({ code: 'FORBIDDEN' });
    const contractorAsReviewer = await t.gql(
      ASSIGN,
      {
        t: task.id,
        u: (await t.sql(`SELECT contractor_id FROM submissions WHERE id = $1`, [submissions[0].id]))[0]
          .contractor_id,
      },
      req,
    );
    expect(errorOf(contractorAsReviewer).code).toBe('BAD_USER_INPUT');
    ok(await t.gql(ASSIGN, { t: task.id, u: platform.id }, req));
    expect(ok(await t.gql<{ task: TaskData }>(TASK, { id: task.id }, platform.token)).task.id).toBe(task.id);
    expect(ok(await accept(submissions[0].id, platform.token)).reviewSubmission.status).toBe('ACCEPTED');
  });

  it('auto-accept pays exactly once however often the job and the sweep run', async () => {
    const { submissions, contractors, task } = await submittedTask(t, 2);
    const service = t.app.get(SubmissionsService);
    // Not yet due: nothing happens.
    expect(await service.autoAccept(submissions[0].id)).toBe(false);
    await t.sql(
      `UPDATE submissions SET submitted_at = submitted_at - interval '100 hours', review_due_at = now() - interval '1 second' WHERE task_id = $1`,
      [task.id],
    );
    const runs = await Promise.all([
      service.autoAccept(submissions[0].id),
      service.autoAccept(submissions[0].id),
      service.autoAcceptDue(),
      service.autoAcceptDue(),
    ]);
    expect(runs.filter((r) => r === true).length + runs[2] + runs[3]).toBe(2);
    for (const s of submissions) expect(await acceptanceEntries(t, s.id)).toBe(1);
    const s0 = ok(
      await t.gql<SubmissionData>(SUBMISSION, { id: submissions[0].id }, contractors[0].token),
    ).submission;
    expect(s0).toMatchObject({ status: 'ACCEPTED', acceptedBySystem: true });
    const [audit] = await t.sql(
      `SELECT actor_type FROM audit_log WHERE subject_id = $1 AND action = 'submission.accepted'`,
      [submissions[0].id],
    );
    expect(audit.actor_type).toBe('system');
    await expectBalanced(t);
  });

  it('a bonus is paid once per key, with the rate table fee, to the contractor payable', async () => {
    // A bonus spends only escrow no unpaid slot needs: here the share of a rejection that is final.
    const { req, submissions, contractors, task } = await submittedTask(t, 2);
    const id = submissions[0].id;
    const early = await t.gql(PAY_BONUS, { id, a: 500, n: 'Great reply', k: 'b-1' }, req);
    expect(errorOf(early)).toMatchObject({ code: 'CONFLICT', reason: 'NOT_ACCEPTED' });
    ok(await accept(id, req));
    await rejectFinally(submissions[1].id, req);
    const before = await escrowOf(t, task.id);
    const paid = await Promise.all(
      [1, 2, 3].map(() => t.gql<PayBonusData>(PAY_BONUS, { id, a: 500, n: 'Great reply', k: 'b-1' }, req)),
    );
    const bonuses = paid.map((r) => ok(r).payBonus);
    expect(new Set(bonuses.map((b) => b.id)).size).toBe(1);
    expect(bonuses[0]).toMatchObject({ amount: { amountMinor: 500 }, fee: { amountMinor: 100 } });
    expect(await escrowOf(t, task.id)).toBe(before - 600n);
    const reused = await t.gql(PAY_BONUS, { id, a: 700, n: 'Great reply', k: 'b-1' }, req);
    expect(errorOf(reused)).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    const earnings = ok(await t.gql<EarningsData>(EARNINGS, {}, contractors[0].token)).myEarnings;
    expect(earnings.payable[0].amountMinor).toBe(task.pricePerSample.amountMinor + 500);
    const statement = ok(await t.gql<StatementData>(STATEMENT, {}, contractors[0].token)).myEarningsStatement;
    expect(statement.edges.map((e) => e.node.kind).sort()).toEqual(['BONUS', 'SAMPLE']);
    await expectBalanced(t);
  });
});
