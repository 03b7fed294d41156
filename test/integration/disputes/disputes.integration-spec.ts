import { DisputesService } from '../../../src/modules/disputes/disputes.module';
import { createTestApp, TestApp } from '../../setup/test-app';
import { expectBalanced, ok } from '../matching/matching-helpers';
import { ADMIN_ENV, errorOf } from '../tasks/tasks-helpers';
import {
  acceptanceEntries,
  adminToken,
  DISPUTE,
  DISPUTES,
  EARNINGS,
  RESOLVE,
  REVIEW,
  SUBMISSION,
  submittedTask,
} from '../submissions/submissions-helpers';
import type {
  Dispute,
  DisputeData,
  DisputesData,
  EarningsData,
  ResolveData,
  SubmissionData,
} from '../../support/gql-results';

describe('disputes', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  /** n submissions, all rejected by the task's requester. */
  async function rejected(n: number) {
    const base = await submittedTask(t, n);
    for (const s of base.submissions)
      ok(
        await t.gql(
          REVIEW,
          {
            input: {
              submissionId: s.id,
              decision: 'REJECT',
              reason: 'LOW_QUALITY',
              feedback: 'The reply skips the customer question.',
            },
          },
          base.req,
        ),
      );
    return base;
  }

  it('a contractor disputes its rejection once; an upheld dispute accepts and pays; the decision and note are shown', async () => {
    const { submissions, contractors, req, task } = await rejected(2);
    const [c0, c1] = contractors;
    expect(errorOf(await t.gql(DISPUTE, { id: submissions[0].id, m: 'It answers it.' }, c1.token)).code).toBe(
      'NOT_FOUND',
    );
    const d = ok(
      await t.gql<DisputeData>(
        DISPUTE,
        { id: submissions[0].id, m: 'It answers it in the second line.' },
        c0.token,
      ),
    ).disputeRejection;
    expect(d).toMatchObject({ open: true, upheld: null });
    const again = await t.gql(DISPUTE, { id: submissions[0].id, m: 'Again.' }, c0.token);
    expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_DISPUTED' });
    // Requesters cannot decide.
    expect(errorOf(await t.gql(RESOLVE, { id: d.id, u: true, n: 'ok' }, req)).code).toBe('FORBIDDEN');
    const resolved = await Promise.all([
      t.gql<ResolveData>(RESOLVE, { id: d.id, u: true, n: 'The second line answers the question.' }, admin),
      t.gql<ResolveData>(RESOLVE, { id: d.id, u: false, n: 'No.' }, admin),
    ]);
    const winner = resolved.find((r) => !r.errors)!.data.resolveDispute;
    expect(resolved.filter((r) => r.errors).map((r) => r.errors![0].extensions.reason)).toEqual([
      'DISPUTE_RESOLVED',
    ]);
    const s0 = ok(await t.gql<SubmissionData>(SUBMISSION, { id: submissions[0].id }, c0.token)).submission;
    expect(s0.status).toBe(winner.upheld ? 'ACCEPTED' : 'REJECTED');
    expect(await acceptanceEntries(t, submissions[0].id)).toBe(winner.upheld ? 1 : 0);
    const mine = ok(await t.gql<DisputesData>(DISPUTES, {}, c0.token)).disputes.edges.map((e) => e.node);
    expect(mine).toEqual([
      { id: d.id, submissionId: submissions[0].id, open: false, upheld: winner.upheld, note: winner.note },
    ]);
    expect(ok(await t.gql<DisputesData>(DISPUTES, {}, c1.token)).disputes.totalCount).toBe(0);
    const earnings = ok(await t.gql<EarningsData>(EARNINGS, {}, c0.token)).myEarnings;
    // A dismissed dispute leaves nothing payable: no currency line at all.
    expect(earnings.payable[0]?.amountMinor ?? 0).toBe(winner.upheld ? task.pricePerSample.amountMinor : 0);
    await expectBalanced(t);
  });

  it('a rejection older than 14 days cannot be disputed; an accepted one neither', async () => {
    const { submissions, contractors } = await rejected(1);
    await t.sql(
      `UPDATE submissions SET submitted_at = now() - interval '20 days', review_due_at = now() - interval '17 days',
         reviewed_at = now() - interval '15 days' WHERE id = $1`,
      [submissions[0].id],
    );
    const late = await t.gql(
      DISPUTE,
      { id: submissions[0].id, m: 'Please look again.' },
      contractors[0].token,
    );
    expect(errorOf(late)).toMatchObject({ code: 'CONFLICT', reason: 'DISPUTE_WINDOW_CLOSED' });
    const fresh = await submittedTask(t, 1);
    ok(
      await t.gql(
        REVIEW,
        { input: { submissionId: fresh.submissions[0].id, decision: 'ACCEPT' } },
        fresh.req,
      ),
    );
    const accepted = await t.gql(
      DISPUTE,
      { id: fresh.submissions[0].id, m: 'Why?' },
      fresh.contractors[0].token,
    );
    expect(errorOf(accepted)).toMatchObject({ code: 'CONFLICT', reason: 'NOT_REJECTED' });
  });

  it('a dispute undecided for 7 days is upheld automatically and paid exactly once, however often the job runs', async () => {
    const { submissions, contractors } = await rejected(2);
    const disputes: Dispute[] = [];
    for (const [i, s] of submissions.entries())
      disputes.push(
        ok(
          await t.gql<DisputeData>(
            DISPUTE,
            { id: s.id, m: 'It follows the instructions.' },
            contractors[i].token,
          ),
        ).disputeRejection,
      );
    const [job] = await t.sql<{ start_after: Date }>(
      `SELECT start_after FROM pgboss.job WHERE name = 'dispute-auto-uphold' AND data->>'disputeId' = $1`,
      [disputes[0].id],
    );
    expect(job.start_after.getTime()).toBeGreaterThan(Date.now() + 6.9 * 24 * 3600_000);
    const service = t.app.get(DisputesService);
    expect(await service.autoUphold(disputes[0].id)).toBe(false); // not due yet
    await t.sql(
      `UPDATE disputes SET opened_at = now() - interval '8 days', decide_by = now() - interval '1 day' WHERE id = ANY($1)`,
      [disputes.map((d) => d.id)],
    );
    const runs = await Promise.all([
      service.autoUphold(disputes[0].id),
      service.autoUphold(disputes[0].id),
      service.autoUpholdDue(),
      service.autoUpholdDue(),
    ]);
    expect(Number(runs[0]) + Number(runs[1]) + runs[2] + runs[3]).toBe(2);
    for (const s of submissions) expect(await acceptanceEntries(t, s.id)).toBe(1);
    const seen = ok(await t.gql<DisputesData>(DISPUTES, {}, contractors[0].token)).disputes.edges[0].node;
    expect(seen).toMatchObject({ open: false, upheld: true });
    expect(seen.note).toMatch(/automatically/);
    const [audit] = await t.sql(
      `SELECT actor_type FROM audit_log WHERE subject_id = $1 AND action = 'dispute.upheld'`,
      [disputes[0].id],
    );
    expect(audit.actor_type).toBe('system');
    await expectBalanced(t);
  });
});
