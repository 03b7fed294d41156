import { ClaimsService } from '../../../src/modules/claims/claims.module';
import { createTestApp, TestApp } from '../../setup/test-app';
import { CLAIM_TASK, eligibleContractors, ok } from '../matching/matching-helpers';
import { ADMIN_ENV, errorOf, fundedOpenTask, requester } from '../tasks/tasks-helpers';
import {
  adminToken,
  ATTEST,
  claimedTask,
  PAY_BONUS,
  REVIEW,
  staff,
  SUBMISSION,
  SUBMISSIONS,
  SUBMIT,
  submittedTask,
} from './submissions-helpers';

describe('submissions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
  });
  afterAll(() => t.close());

  const submissionsCount = async (claimId: string) =>
    (await t.sql(`SELECT count(*)::int AS n FROM submissions WHERE claim_id = $1`, [claimId]))[0].n as number;

  it('stores the original, the redacted text, the findings and the scanner version; records the consent', async () => {
    const { contractors, claims, task } = await claimedTask(t, 1);
    const content = 'Hi, write to jane.doe@example.com or call +1 415 555 0100 about your refund.';
    const s = ok(
      await t.gql(
        SUBMIT,
        { input: { claimId: claims[0].id, content, attestation: ATTEST } },
        contractors[0].token,
      ),
    ).submitSample;
    expect(s.status).toBe('SUBMITTED');
    expect(s.version).toBe(1);
    expect(s.content).toBe(content);
    expect(s.redactedContent).not.toContain('jane.doe@example.com');
    expect(s.piiTypesFound).toContain('EMAIL');
    expect(s.findings.length).toBeGreaterThan(0);
    expect(s.minutesToFirstSubmission).toBe(0);
    expect(s.consent).toMatchObject({
      termsVersion: '2026-11',
      purposes: ['model-training'],
      retentionDays: 365,
    });
    const [row] = await t.sql<{ content: string; scanner_version: string; pii_findings: unknown[] }>(
      `SELECT * FROM submissions WHERE id = $1`,
      [s.id],
    );
    expect(row.content).toBe(content);
    expect(row.scanner_version).toMatch(/\S/);
    expect(row.pii_findings.length).toBe(s.findings.length);
    const [claim] = await t.sql(`SELECT status FROM claims WHERE id = $1`, [claims[0].id]);
    expect(claim.status).toBe('SUBMITTED');
    const audit = await t.sql(`SELECT action, before, after::text FROM audit_log WHERE subject_id = $1`, [
      s.id,
    ]);
    expect(audit.map((a) => a.action)).toEqual(['submission.submitted']);
    expect(JSON.stringify(audit)).not.toContain('jane.doe');
    const [job] = await t.sql(
      `SELECT start_after FROM pgboss.job WHERE name = 'submission-auto-accept' AND data->>'submissionId' = $1`,
      [s.id],
    );
    expect(job).toBeDefined();
    expect(task.id).toBe(s.task.id);
  });

  it('refuses a false or different attestation and bad content, naming the field, storing nothing', async () => {
    const { contractors, claims } = await claimedTask(t, 1);
    const claimId = claims[0].id;
    const cases: [Record<string, unknown>, string][] = [
      [
        { content: 'x', attestation: { ...ATTEST, holdsRightToShare: false } },
        'attestation.holdsRightToShare',
      ],
      [{ content: 'x', attestation: { ...ATTEST, ownWork: false } }, 'attestation.ownWork'],
      [
        { content: 'x', attestation: { ...ATTEST, consentTermsVersion: '2025-01' } },
        'attestation.consentTermsVersion',
      ],
      [{ content: '   ', attestation: ATTEST }, 'content'],
      [{ content: 'a'.repeat(50_001), attestation: ATTEST }, 'content'],
    ];
    for (const [input, field] of cases) {
      const r = await t.gql(SUBMIT, { input: { claimId, ...input } }, contractors[0].token);
      const e = errorOf(r);
      expect(e.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(r.errors)).toContain(field);
    }
    expect(await submissionsCount(claimId)).toBe(0);
    expect((await t.sql(`SELECT status FROM claims WHERE id = $1`, [claimId]))[0].status).toBe('ACTIVE');
    // 50 000 UTF-16 units exactly is accepted.
    const s = ok(
      await t.gql(
        SUBMIT,
        { input: { claimId, content: 'b'.repeat(50_000), attestation: ATTEST } },
        contractors[0].token,
      ),
    );
    expect(s.submitSample.status).toBe('SUBMITTED');
  });

  it('a submission after the deadline is CLAIM_EXPIRED; racing the expiry job it is stored or refused, never both', async () => {
    const { contractors, claims } = await claimedTask(t, 1);
    await t.sql(
      `UPDATE claims SET claimed_at = now() - interval '2 hours', expires_at = now() - interval '1 second' WHERE id = $1`,
      [claims[0].id],
    );
    const late = await t.gql(
      SUBMIT,
      { input: { claimId: claims[0].id, content: 'late reply', attestation: ATTEST } },
      contractors[0].token,
    );
    expect(errorOf(late)).toMatchObject({ code: 'CONFLICT', reason: 'CLAIM_EXPIRED' });
    expect(await submissionsCount(claims[0].id)).toBe(0);

    const race = await claimedTask(t, 12);
    const expirer = t.app.get(ClaimsService);
    const outcomes = await Promise.all(
      race.claims.map(async (c, i) => {
        await t.sql(`UPDATE claims SET expires_at = now() + interval '150 milliseconds' WHERE id = $1`, [
          c.id,
        ]);
        await new Promise((r) => setTimeout(r, 100 + (i % 4) * 20));
        const [submitted] = await Promise.all([
          t.gql(
            SUBMIT,
            { input: { claimId: c.id, content: `race ${i}`, attestation: ATTEST } },
            race.contractors[i].token,
          ),
          new Promise((r) => setTimeout(r, 50)).then(() =>
            expirer.expireClaim(c.id, new Date(Date.now() + 60_000)),
          ),
        ]);
        const [claim] = await t.sql(`SELECT status FROM claims WHERE id = $1`, [c.id]);
        return {
          error: submitted.errors?.[0]?.extensions.reason,
          status: claim.status,
          stored: await submissionsCount(c.id),
        };
      }),
    );
    for (const o of outcomes) {
      if (o.stored === 1) expect(o).toEqual({ error: undefined, status: 'SUBMITTED', stored: 1 });
      else expect(o).toEqual({ error: 'CLAIM_EXPIRED', status: 'EXPIRED', stored: 0 });
    }
  }, 60_000);

  it('a resubmission after REQUEST_REVISION adds a version; the earlier one is kept', async () => {
    const { req, contractors, claims, submissions } = await submittedTask(t, 1);
    const c = contractors[0];
    const again = await t.gql(
      SUBMIT,
      { input: { claimId: claims[0].id, content: 'second', attestation: ATTEST } },
      c.token,
    );
    expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', reason: 'NOT_AWAITING_REVISION' });
    const noFeedback = await t.gql(
      REVIEW,
      { input: { submissionId: submissions[0].id, decision: 'REQUEST_REVISION' } },
      req,
    );
    expect(errorOf(noFeedback)).toMatchObject({ code: 'BAD_USER_INPUT' });
    ok(
      await t.gql(
        REVIEW,
        {
          input: {
            submissionId: submissions[0].id,
            decision: 'REQUEST_REVISION',
            feedback: 'Please add the greeting you used.',
          },
        },
        req,
      ),
    );
    const v2 = ok(
      await t.gql(
        SUBMIT,
        { input: { claimId: claims[0].id, content: 'Hello! second version', attestation: ATTEST } },
        c.token,
      ),
    ).submitSample;
    expect(v2.version).toBe(2);
    expect(v2.minutesToFirstSubmission).toBeNull();
    const mine = ok(await t.gql(SUBMISSIONS, {}, c.token)).submissions;
    expect(mine.edges.map((e: any) => [e.node.version, e.node.status])).toEqual([
      [2, 'SUBMITTED'],
      [1, 'REVISION_REQUESTED'],
    ]);
    expect(mine.edges[1].node.feedback).toBe('Please add the greeting you used.');
  });

  it('another organisation gets NOT_FOUND on every submission operation', async () => {
    const { submissions, task } = await submittedTask(t, 1);
    const other = await requester(t);
    const id = submissions[0].id;
    const calls = [
      t.gql(SUBMISSION, { id }, other),
      t.gql(REVIEW, { input: { submissionId: id, decision: 'ACCEPT' } }, other),
      t.gql(PAY_BONUS, { id, a: 100, n: 'thanks', k: 'k1' }, other),
      t.gql(SUBMISSIONS, { taskId: task.id }, other),
    ];
    for (const r of await Promise.all(calls)) expect(errorOf(r).code).toBe('NOT_FOUND');
    const list = ok(await t.gql(SUBMISSIONS, {}, other)).submissions;
    expect(list.totalCount).toBe(0);
    expect((await t.sql(`SELECT status FROM submissions WHERE id = $1`, [id]))[0].status).toBe('SUBMITTED');
  });

  it('requesters and reviewers never receive the original, an email, a name or a user id of the contractor', async () => {
    const planted = 'Dear Margaret Thompson, reach me at margaret.t@example.org or 555-867-5309.';
    const { req, task, contractors, submissions } = await submittedTask(t, 2, () => planted);
    const admin = await adminToken(t);
    const orgId = (
      await t.sql<{ organization_id: string | null }>(`SELECT organization_id FROM tasks WHERE id = $1`, [
        task.id,
      ])
    )[0].organization_id;
    const reviewer = await staff(t, admin, orgId);
    const platform = await staff(t, admin, null);
    ok(
      await t.gql(
        `mutation($t: ID!, $u: ID!) { assignReviewer(taskId: $t, userId: $u) }`,
        { t: task.id, u: platform.id },
        req,
      ),
    );
    ok(
      await t.gql(REVIEW, { input: { submissionId: submissions[0].id, decision: 'ACCEPT' } }, platform.token),
    );
    const users = await t.sql(`SELECT id, email, display_name FROM users WHERE id = ANY($1)`, [
      contractors.map((c) => c.id),
    ]);
    const forbidden = [
      'Margaret',
      'Thompson',
      'margaret.t@example.org',
      '867-5309',
      ...users.flatMap((u) => [u.id, u.email]),
    ];
    const responses = [
      await t.gql(SUBMISSIONS, { taskId: task.id }, req),
      await t.gql(SUBMISSIONS, {}, reviewer.token),
      await t.gql(SUBMISSIONS, {}, platform.token),
      await t.gql(SUBMISSION, { id: submissions[1].id }, req),
      await t.gql(
        REVIEW,
        {
          input: {
            submissionId: submissions[1].id,
            decision: 'REJECT',
            reason: 'LOW_QUALITY',
            feedback: 'The reply does not answer the question.',
          },
        },
        req,
      ),
    ];
    for (const r of responses) {
      expect(r.errors).toBeUndefined();
      const body = JSON.stringify(r.data);
      for (const f of forbidden) expect(body).not.toContain(f);
    }
    const page = responses[0].data.submissions;
    expect(page.totalCount).toBe(2);
    for (const e of page.edges) {
      expect(e.node.content).toBeNull();
      expect(e.node.findings).toBeNull();
      expect(e.node.claimId).toBeNull();
      expect(e.node.contributor).toMatch(/^contributor-[0-9a-f]{16}$/);
    }
    // The contractor sees its own original.
    const own = ok(await t.gql(SUBMISSION, { id: submissions[0].id }, contractors[0].token)).submission;
    expect(own.content).toBe(planted);
    // Another contractor sees nothing of it.
    expect(errorOf(await t.gql(SUBMISSION, { id: submissions[0].id }, contractors[1].token)).code).toBe(
      'NOT_FOUND',
    );
  });

  it('lists a page of 100 in a bounded number of queries', async () => {
    const req = await requester(t);
    const task = await fundedOpenTask(t, req, { slots: 100, maxPerContractor: 5 });
    const cs = await eligibleContractors(t, 20);
    for (const c of cs)
      await Promise.all(
        Array.from({ length: 5 }, async (_, j) => {
          const claim = ok(await t.gql(CLAIM_TASK, { id: task.id }, c.token)).claimTask;
          ok(
            await t.gql(
              SUBMIT,
              { input: { claimId: claim.id, content: `sample ${j}`, attestation: ATTEST } },
              c.token,
            ),
          );
        }),
      );
    // Every query the app sends goes through a PostgresQueryRunner: count them for one request.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { PostgresQueryRunner } = require('typeorm/driver/postgres/PostgresQueryRunner') as {
      PostgresQueryRunner: { prototype: { query: (...a: unknown[]) => Promise<unknown> } };
    };
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const page = ok(await t.gql(SUBMISSIONS, { taskId: task.id, first: 100 }, req)).submissions;
      expect(page.edges).toHaveLength(100);
      expect(page.totalCount).toBe(100);
      expect(spy.mock.calls.length).toBeLessThanOrEqual(8);
    } finally {
      spy.mockRestore();
    }
  }, 120_000);
});
