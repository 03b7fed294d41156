import { WithdrawalsService } from '../../../src/modules/withdrawals/withdrawals.module';
import { createTestApp, TestApp } from '../../setup/test-app';
import { ok } from '../matching/matching-helpers';
import { SUBMISSIONS } from '../submissions/submissions-helpers';
import { ADMIN_ENV, errorOf, requester } from '../tasks/tasks-helpers';
import { acceptedTask, get, jsonl, NOTICES, RECEIPTS, WITHDRAW } from './withdrawal-helpers';

describe('consent withdrawal', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
  });
  afterAll(() => t.close());

  const trialBalance = () =>
    t.sql(`SELECT account, currency, sum(amount)::text AS total FROM ledger_postings
           GROUP BY account, currency ORDER BY account, currency`);

  it('keeps a consent receipt per sample, paginated', async () => {
    const { contractors, submissions, task } = await acceptedTask(t, 1);
    const r = ok(await t.gql(RECEIPTS, { first: 1 }, contractors[0].token)).myConsentReceipts;
    expect(r.totalCount).toBe(1);
    expect(r.edges[0].node).toMatchObject({
      submissionId: submissions[0].id,
      taskId: task.id,
      termsVersion: '2026-11',
      purposes: ['model-training'],
      retentionDays: 365,
      stillConsented: true,
    });
    expect(r.edges[0].node.organizationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('removes the sample from the export and the listing at once, notifies the requester, keeps the money', async () => {
    const { req, contractors, submissions, task } = await acceptedTask(t, 2);
    const before = await get(t, `/exports/tasks/${task.id}.jsonl`, req);
    expect(before.status).toBe(200);
    expect(
      jsonl(before.body)
        .map((l) => l.id)
        .sort(),
    ).toEqual(submissions.map((s) => s.id).sort());
    const balances = await trialBalance();

    const withdrawn = ok(await t.gql(WITHDRAW, {}, contractors[0].token)).withdrawConsent;
    expect(withdrawn.withdrawnAt).not.toBeNull();

    const after = jsonl((await get(t, `/exports/tasks/${task.id}.jsonl`, req)).body);
    expect(after.map((l) => l.id)).toEqual([submissions[1].id]);
    const listing = ok(await t.gql(SUBMISSIONS, { taskId: task.id }, req)).submissions;
    expect(listing.totalCount).toBe(1);
    expect(listing.edges.map((e: any) => e.node.id)).toEqual([submissions[1].id]);
    // Nor can it be read by id: the single read applies the listing's scope.
    const byId = await t.gql(
      `query($id: ID!) { submission(submissionId: $id) { id } }`,
      { id: submissions[0].id },
      req,
    );
    expect(errorOf(byId).code).toBe('NOT_FOUND');
    expect(
      ok(
        await t.gql(
          `query($id: ID!) { submission(submissionId: $id) { id } }`,
          { id: submissions[1].id },
          req,
        ),
      ).submission.id,
    ).toBe(submissions[1].id);

    const feed = ok(await t.gql(NOTICES, { first: 10 }, req)).withdrawalNotices;
    expect(feed.edges.map((e: any) => e.node.submissionId)).toEqual([submissions[0].id]);
    expect(feed.edges[0].node.contributor).toBe(submissions[0].contributor);
    expect(feed.byTask).toEqual([{ taskId: task.id, samples: 1 }]);
    // Polling from the last cursor returns nothing new.
    const next = ok(await t.gql(NOTICES, { after: feed.pageInfo.endCursor }, req)).withdrawalNotices;
    expect(next.edges).toEqual([]);

    const receipts = ok(await t.gql(RECEIPTS, {}, contractors[0].token)).myConsentReceipts;
    expect(receipts.edges[0].node.stillConsented).toBe(false);
    // The erasure is enqueued in the same transaction, due within 30 days.
    const [job] = await t.sql<{ start_after: Date }>(
      `SELECT start_after FROM pgboss.job WHERE name = 'withdrawal-erase-content'
         AND data->>'withdrawalId' = (SELECT withdrawal_id::text FROM withdrawal_notices WHERE submission_id = $1)`,
      [submissions[0].id],
    );
    expect(job).toBeDefined();
    expect(new Date(job.start_after).getTime()).toBeLessThanOrEqual(Date.now() + 30 * 86_400_000 + 60_000);
    expect(await trialBalance()).toEqual(balances);
    const audit = await t.sql(`SELECT action FROM audit_log WHERE action = 'consent.withdrawn'`);
    expect(audit.length).toBeGreaterThanOrEqual(1);
  });

  it('the deletion job erases original and redacted text once due and keeps the books', async () => {
    const secret = 'Unique-marker-QX81 about the escalation.';
    const { contractors, submissions } = await acceptedTask(t, 1, () => `Reply: ${secret}`);
    ok(await t.gql(WITHDRAW, {}, contractors[0].token));
    const balances = await trialBalance();
    const entries = await t.sql(`SELECT id FROM ledger_entries ORDER BY id`);
    // Not due yet: nothing is erased.
    expect(await t.app.get(WithdrawalsService).eraseDue(null)).toBe(0);
    await t.sql(`UPDATE withdrawal_notices SET erase_after = now() WHERE submission_id = $1`, [
      submissions[0].id,
    ]);
    expect(await t.app.get(WithdrawalsService).eraseDue(null)).toBe(1);
    const [row] = await t.sql(
      `SELECT content, redacted_content, pii_findings, content_erased_at, status, price_minor FROM submissions WHERE id = $1`,
      [submissions[0].id],
    );
    expect(row).toMatchObject({ content: '', redacted_content: '', pii_findings: [], status: 'ACCEPTED' });
    expect(row.content_erased_at).not.toBeNull();
    expect(await trialBalance()).toEqual(balances);
    expect(await t.sql(`SELECT id FROM ledger_entries ORDER BY id`)).toEqual(entries);
    const [{ n }] = await t.sql(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'submission.content_erased' AND subject_id = $1`,
      [submissions[0].id],
    );
    expect(n).toBe(1);
    // The database refuses content beside an erasure stamp.
    await expect(
      t.sql(`UPDATE submissions SET content = 'back again' WHERE id = $1`, [submissions[0].id]),
    ).rejects.toThrow(/submissions_content_present_or_erased/);
  });

  it('withdraws for one organisation only, and for one purpose only', async () => {
    const a = await acceptedTask(t, 1);
    const [{ organization_id: orgA }] = await t.sql(`SELECT organization_id FROM tasks WHERE id = $1`, [
      a.task.id,
    ]);
    ok(await t.gql(WITHDRAW, { o: orgA }, a.contractors[0].token));
    expect(jsonl((await get(t, `/exports/tasks/${a.task.id}.jsonl`, a.req)).body)).toEqual([]);
    // The consent itself stays in force for other organisations.
    const [consent] = await t.sql(
      `SELECT withdrawn_at FROM consents WHERE user_id = (
      SELECT contractor_id FROM submissions WHERE id = $1) ORDER BY given_at DESC LIMIT 1`,
      [a.submissions[0].id],
    );
    expect(consent.withdrawn_at).toBeNull();

    const b = await acceptedTask(t, 1);
    ok(await t.gql(WITHDRAW, { p: 'research' }, b.contractors[0].token));
    expect(jsonl((await get(t, `/exports/tasks/${b.task.id}.jsonl`, b.req)).body)).toHaveLength(1);
    ok(await t.gql(WITHDRAW, { p: 'model-training' }, b.contractors[0].token));
    expect(jsonl((await get(t, `/exports/tasks/${b.task.id}.jsonl`, b.req)).body)).toHaveLength(0);
  });

  it('refuses a malformed organisation or purpose, naming the field, changing nothing', async () => {
    const { contractors } = await acceptedTask(t, 1);
    const [{ n: before }] = await t.sql(`SELECT count(*)::int AS n FROM consent_withdrawals`);
    const bad = await t.gql(WITHDRAW, { o: 'not-a-uuid' }, contractors[0].token);
    expect(errorOf(bad).code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(errorOf(bad))).toContain('organizationId');
    const badPurpose = await t.gql(WITHDRAW, { p: 'Not A Purpose' }, contractors[0].token);
    expect(JSON.stringify(errorOf(badPurpose))).toContain('purpose');
    const [{ n: after }] = await t.sql(`SELECT count(*)::int AS n FROM consent_withdrawals`);
    expect(after).toBe(before);
  });

  it('another organisation gets 404 on both export endpoints; no token gets 401', async () => {
    const { task, req } = await acceptedTask(t, 1);
    const other = await requester(t);
    for (const path of [`/exports/tasks/${task.id}.jsonl`, `/exports/tasks/${task.id}/datacard.md`]) {
      const r = await get(t, path, other);
      expect(r.status).toBe(404);
      expect(JSON.parse(r.body).error.code).toBe('NOT_FOUND');
      expect((await get(t, path)).status).toBe(401);
      expect((await get(t, path, req)).status).toBe(200);
    }
  });

  it('streams past one batch: 1 201 samples submitted in the same microsecond, each exactly once', async () => {
    const { task, req, submissions } = await acceptedTask(t, 1);
    // More claims and accepted samples of the same contractor, all with one submission time.
    await t.sql(
      `WITH c AS (
         INSERT INTO claims (task_id, contractor_id, status, expires_at)
         SELECT task_id, contractor_id, 'SUBMITTED', now() + interval '1 hour'
         FROM submissions, generate_series(1, 1200) WHERE id = $1
         RETURNING id)
       INSERT INTO submissions (claim_id, task_id, organization_id, contractor_id, version, status, content,
         redacted_content, pii_findings, pii_types, scanner_version, holds_right_to_share, own_work,
         consent_terms_version, consent_purposes, consent_retention_days, consent_given_at, price_minor, fee_minor,
         currency, rate_table_id, rate_table_version, minutes_to_first_submission, submitted_at, review_due_at,
         reviewed_at)
       SELECT c.id, s.task_id, s.organization_id, s.contractor_id, 1, 'ACCEPTED', s.content, s.redacted_content,
         s.pii_findings, s.pii_types, s.scanner_version, true, true, s.consent_terms_version, s.consent_purposes,
         s.consent_retention_days, s.consent_given_at, s.price_minor, s.fee_minor, s.currency, s.rate_table_id,
         s.rate_table_version, 1, s.submitted_at, s.review_due_at, now()
       FROM c CROSS JOIN submissions s WHERE s.id = $1`,
      [submissions[0].id],
    );
    const ids = jsonl((await get(t, `/exports/tasks/${task.id}.jsonl`, req)).body).map((l) => l.id);
    expect(ids).toHaveLength(1201);
    expect(new Set(ids).size).toBe(1201);
  });

  it('exports provenance per line and a data card with the regulatory answers', async () => {
    const { task, req, submissions } = await acceptedTask(t, 1);
    const [line] = jsonl((await get(t, `/exports/tasks/${task.id}.jsonl`, req)).body);
    expect(line).toMatchObject({
      id: submissions[0].id,
      text: submissions[0].redactedContent,
      contributor: submissions[0].contributor,
      consent: { termsVersion: '2026-11', purposes: ['model-training'], retentionDays: 365 },
      scan: { scannerVersion: submissions[0].scannerVersion, piiTypesFound: submissions[0].piiTypesFound },
      pricePaid: submissions[0].reward,
    });
    expect(line.artifactKind).toMatch(/^[A-Z_]+$/);
    expect(line.socCode).toMatch(/^\d{2}-\d{4}$/);
    expect(line.taskId).toBe(task.id);
    // ISO 8601 in UTC with milliseconds, as Date#toISOString writes it.
    expect(line.attestedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(new Date(line.attestedAt).toISOString()).toBe(line.attestedAt);
    const card = await get(t, `/exports/tasks/${task.id}/datacard.md`, req);
    expect(card.type).toContain('text/markdown');
    for (const heading of [
      '## Motivation',
      '## Composition',
      '## Collection process and pay',
      '## Preprocessing: redaction',
      '## Consent, withdrawal and retention',
      '## Licensing and ownership',
      '## Regulatory summary',
    ])
      expect(card.body).toContain(heading);
    expect(card.body).toContain('1 accepted work samples');
  });
});
