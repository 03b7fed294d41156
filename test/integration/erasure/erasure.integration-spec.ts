import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createTestApp, PASSWORD, TestApp } from '../../setup/test-app';
import {
  CLAIM_TASK,
  CREATE_QUALIFICATION_TYPE,
  DEFAULT_PROFILE,
  GIVE_CONSENT,
  ok,
  PROFILE,
  REQUEST_QUALIFICATION,
} from '../matching/matching-helpers';
import { adminToken, ATTEST, DISPUTE, REVIEW, SUBMIT } from '../submissions/submissions-helpers';
import { ADMIN_ENV, errorOf, fundedOpenTask, requester } from '../tasks/tasks-helpers';
import { get, NOTICES } from '../consent-withdrawal/withdrawal-helpers';
import { bytesContain, logicalDump, relationFiles } from './full-dump';

const ERASE = `mutation($u: ID!, $r: String!) { eraseContractor(userId: $u, requestReference: $r) {
  userId requestReference samplesErased erasedAt } }`;

const REQUEST = `mutation($p: String!) { requestErasure(password: $p) {
  id userId status verification requestedAt dueBy completedAt } }`;
const OPEN_REQUESTS = `query { openErasureRequests { id userId status } }`;
const RECONCILE = `query($f: DateTime!, $t: DateTime!) { reconciliation(from: $f, to: $t) { from to matchedCount
  mismatches { kind reference detail ledgerAmount { amountMinor currency } processorAmount { amountMinor currency } } } }`;

describe('erasure of a contractor', () => {
  let t: TestApp;
  // Everything the app logs during the run, at the most verbose level, to search for the canary.
  const logFile = join(mkdtempSync(join(tmpdir(), 'erasure-logs-')), 'app.log');
  beforeAll(async () => {
    t = await createTestApp({ ...ADMIN_ENV, LOG_LEVEL: 'trace', LOG_FILE: logFile });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dirname(logFile), { recursive: true, force: true });
  });

  const ledger = () =>
    t.sql(`SELECT e.id, e.idempotency_key, p.account, p.currency, p.amount::text
           FROM ledger_entries e JOIN ledger_postings p ON p.entry_id = e.id ORDER BY e.id, p.id`);

  it('leaves the canary nowhere in a full dump, on disk or in the logs, keeps the books, ends sign-in', async () => {
    const canary = `zqcanary${randomBytes(4).toString('hex')}`;
    const from = new Date(Date.now() - 60_000).toISOString();
    const admin = await adminToken(t);
    const email = `${canary}@example.com`;
    const reg = ok(
      await t.gql(`mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }`, {
        input: { email, password: PASSWORD, displayName: `Dr ${canary} Person`, role: 'CONTRACTOR' },
      }),
    ).register;
    const me = { id: reg.user.id as string, token: reg.token as string };
    ok(await t.gql(PROFILE, { input: DEFAULT_PROFILE }, me.token));
    ok(await t.gql(GIVE_CONSENT, { v: '2026-11' }, me.token));
    const type = ok(
      await t.gql(
        CREATE_QUALIFICATION_TYPE,
        { input: { name: `Licence ${canary.slice(-4)}`, description: 'A licence', validityDays: 30 } },
        admin,
      ),
    ).createQualificationType;
    ok(
      await t.gql(
        REQUEST_QUALIFICATION,
        { input: { qualificationTypeId: type.id, evidence: `Licence held by ${canary}, no. 42` } },
        me.token,
      ),
    );

    // One accepted (paid) sample, one rejected and disputed.
    const req = await requester(t);
    const paid = await fundedOpenTask(t, req, { slots: 1 });
    const disputed = await fundedOpenTask(t, req, { slots: 1 });
    const samples: string[] = [];
    for (const task of [paid, disputed]) {
      const claim = ok(await t.gql(CLAIM_TASK, { id: task.id }, me.token)).claimTask;
      const content = `Dear customer, ${canary} here: your refund of the order is on its way.`;
      samples.push(
        ok(await t.gql(SUBMIT, { input: { claimId: claim.id, content, attestation: ATTEST } }, me.token))
          .submitSample.id,
      );
    }
    ok(await t.gql(REVIEW, { input: { submissionId: samples[0], decision: 'ACCEPT' } }, req));
    ok(
      await t.gql(
        REVIEW,
        {
          input: {
            submissionId: samples[1],
            decision: 'REJECT',
            reason: 'LOW_QUALITY',
            feedback: 'The reply does not answer the question.',
          },
        },
        req,
      ),
    );
    ok(await t.gql(DISPUTE, { id: samples[1], m: `I, ${canary}, answered it fully.` }, me.token));
    // The searches find the canary before the erasure: they would find it after.
    expect((await logicalDump(t)).toLowerCase()).toContain(canary);
    expect(bytesContain(await relationFiles(t, { settle: false }), canary)).toBe(true);

    const books = await ledger();
    expect(books.length).toBeGreaterThan(0);
    const window = { f: from, t: new Date().toISOString() };
    const report = ok(await t.gql(RECONCILE, window, admin)).reconciliation;
    expect(report.matchedCount).toBeGreaterThan(0);
    const refused = await t.gql(ERASE, { u: me.id, r: 'DSR-2026-0001' }, req);
    expect(errorOf(refused).code).toBe('FORBIDDEN');
    const bad = await t.gql(ERASE, { u: me.id, r: 'no spaces allowed' }, admin);
    expect(errorOf(bad).code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(errorOf(bad))).toContain('requestReference');

    // Only the person's own verified request opens the way: none yet.
    const unrequested = await t.gql(ERASE, { u: me.id, r: 'DSR-2026-0001' }, admin);
    expect(errorOf(unrequested)).toMatchObject({ code: 'CONFLICT', reason: 'NO_VERIFIED_REQUEST' });
    const wrong = await t.gql(REQUEST, { p: 'not-my-password' }, me.token);
    expect(errorOf(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WRONG_PASSWORD' });
    expect(await t.sql(`SELECT 1 FROM erasure_requests WHERE user_id = $1`, [me.id])).toEqual([]);
    const request = ok(await t.gql(REQUEST, { p: PASSWORD }, me.token)).requestErasure;
    expect(request).toMatchObject({
      userId: me.id,
      status: 'VERIFIED',
      verification: 'PASSWORD',
      completedAt: null,
    });
    expect(new Date(request.dueBy).getTime() - new Date(request.requestedAt).getTime()).toBe(
      30 * 24 * 3600 * 1000,
    );
    expect(ok(await t.gql(REQUEST, { p: PASSWORD }, me.token)).requestErasure.id).toBe(request.id);
    expect(errorOf(await t.gql(REQUEST, { p: PASSWORD }, req)).code).toBe('FORBIDDEN');
    const queue = ok(await t.gql(OPEN_REQUESTS, {}, admin)).openErasureRequests;
    expect(queue).toContainEqual({ id: request.id, userId: me.id, status: 'VERIFIED' });

    const erased = ok(await t.gql(ERASE, { u: me.id, r: 'DSR-2026-0001' }, admin)).eraseContractor;
    expect(erased).toMatchObject({ userId: me.id, samplesErased: 2 });
    const again = await t.gql(ERASE, { u: me.id, r: 'DSR-2026-0001' }, admin);
    expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ERASED' });
    expect(ok(await t.gql(OPEN_REQUESTS, {}, admin)).openErasureRequests).not.toContainEqual(
      expect.objectContaining({ id: request.id }),
    );
    const [completed] = await t.sql<{ status: string; request_id: string }>(
      `SELECT r.status, e.request_id FROM erasure_requests r JOIN contractor_erasures e ON e.user_id = r.user_id
       WHERE r.id = $1`,
      [request.id],
    );
    expect(completed).toEqual({ status: 'COMPLETED', request_id: request.id });

    const dump = (await logicalDump(t)).toLowerCase();
    expect(dump.includes(canary)).toBe(false);
    // Dead tuples and stale index entries are gone once the relations are rewritten.
    const disk = await relationFiles(t, { settle: true });
    expect(bytesContain(disk, canary)).toBe(false);
    expect(bytesContain(disk, canary.toUpperCase())).toBe(false);
    expect(await ledger()).toEqual(books);
    expect(ok(await t.gql(RECONCILE, window, admin)).reconciliation).toEqual(report);
    const [{ n: unbalanced }] = await t.sql(
      `SELECT count(*)::int AS n FROM (SELECT currency FROM ledger_postings GROUP BY currency HAVING sum(amount) <> 0) x`,
    );
    expect(unbalanced).toBe(0);
    const verify = ok(await t.gql(`query { verifyAuditLog { ok checked } }`, {}, admin)).verifyAuditLog;
    expect(verify.ok).toBe(true);

    // The old token is refused; signing in with the old credentials fails.
    const meQuery = await t.gql(`query { me { id } }`, {}, me.token);
    expect(errorOf(meQuery).code).toBe('UNAUTHENTICATED');
    const login = await t.gql(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      { e: email, p: PASSWORD },
    );
    expect(login.errors).toBeDefined();
    // The organisation that received the samples is told, and the export no longer has them.
    const feed = ok(await t.gql(NOTICES, { first: 10 }, req)).withdrawalNotices;
    expect(feed.edges.map((e: any) => e.node.submissionId).sort()).toEqual([...samples].sort());
    expect((await get(t, `/exports/tasks/${paid.id}.jsonl`, req)).body).toBe('');

    // The run's logs: requests and errors were logged, the person's data never.
    const logs = readFileSync(logFile, 'utf8');
    expect(logs).toContain('"url":"/graphql"');
    expect(logs.toLowerCase().includes(canary)).toBe(false);
  });
});
