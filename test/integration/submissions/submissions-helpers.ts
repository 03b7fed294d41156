import { PASSWORD, TestApp, uniqueEmail } from '../../setup/test-app';
import { CLAIM_TASK, eligibleContractors, ok } from '../matching/matching-helpers';
import { ADMIN, fundedOpenTask, login, requester } from '../tasks/tasks-helpers';

export const SUBMISSION_FIELDS = `id status version contributor redactedContent piiTypesFound content claimId
  reward { amountMinor currency } rejectionReason feedback acceptedBySystem minutesToFirstSubmission
  acceptanceEntryId scannerVersion findings { type start end }
  consent { termsVersion purposes retentionDays agreedAt } task { id title }`;
export const SUBMIT = `mutation($input: SubmitSampleInput!) { submitSample(input: $input) { ${SUBMISSION_FIELDS} } }`;
export const REVIEW = `mutation($input: ReviewInput!) { reviewSubmission(input: $input) { ${SUBMISSION_FIELDS} } }`;
export const SUBMISSION = `query($id: ID!) { submission(submissionId: $id) { ${SUBMISSION_FIELDS} } }`;
export const SUBMISSIONS = `query($taskId: ID, $status: SubmissionStatus, $first: Int, $after: String) {
  submissions(taskId: $taskId, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${SUBMISSION_FIELDS} } } } }`;
export const DISPUTE = `mutation($id: ID!, $m: String!) { disputeRejection(submissionId: $id, message: $m) {
  id submissionId open upheld message note resolvedBySystem } }`;
export const RESOLVE = `mutation($id: ID!, $u: Boolean!, $n: String!) { resolveDispute(disputeId: $id, uphold: $u, note: $n) {
  id submissionId open upheld note resolvedBySystem } }`;
export const DISPUTES = `query { disputes { totalCount edges { node { id submissionId open upheld note } } } }`;
export const EARNINGS = `query { myEarnings { pending { amountMinor currency } payable { amountMinor currency }
  paid { amountMinor currency } } }`;
export const STATEMENT = `query($first: Int, $after: String) { myEarningsStatement(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { kind submissionId taskId rateTableVersion professionCode artifactKind tier
    amount { amountMinor currency } ledgerEntryId acceptedBySystem } } } }`;
export const PAY_BONUS = `mutation($id: ID!, $a: SafeInt!, $n: String!, $k: String!) {
  payBonus(submissionId: $id, amount: $a, note: $n, idempotencyKey: $k) { id amount { amountMinor } fee { amountMinor } ledgerEntryId } }`;
export const ASSIGN = `mutation($t: ID!, $u: ID!) { assignReviewer(taskId: $t, userId: $u) }`;

export const ATTEST = { holdsRightToShare: true, ownWork: true, consentTermsVersion: '2026-11' };

export const adminToken = (t: TestApp) => login(t, ADMIN.email, ADMIN.password);

/** A staff user (REVIEWER by default) of `organizationId` (or the platform), with id and token. */
export async function staff(
  t: TestApp,
  admin: string,
  organizationId: string | null,
  role: 'REVIEWER' | 'ADMIN' = 'REVIEWER',
): Promise<{ id: string; token: string }> {
  const email = uniqueEmail(role.toLowerCase());
  const r = ok(
    await t.gql(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email, password: PASSWORD, displayName: `${role} user`, role, organizationId } },
      admin,
    ),
  );
  return { id: r.createUser.id, token: await login(t, email, PASSWORD) };
}

export async function orgOf(t: TestApp, taskId: string): Promise<string> {
  const [row] = await t.sql(`SELECT organization_id FROM tasks WHERE id = $1`, [taskId]);
  return row.organization_id as string;
}

/** A requester's funded open task and `n` contractors who each claimed one slot of it. */
export async function claimedTask(t: TestApp, n: number, overrides: Record<string, unknown> = {}) {
  const req = await requester(t);
  const task = await fundedOpenTask(t, req, { slots: n, ...overrides });
  const contractors = await eligibleContractors(t, n);
  const claims = await Promise.all(
    contractors.map(
      async (c) => ok(await t.gql(CLAIM_TASK, { id: task.id }, c.token)).claimTask as { id: string },
    ),
  );
  return { req, task, contractors, claims };
}

/** `claimedTask`, each contractor having submitted `content(i)`. */
export async function submittedTask(
  t: TestApp,
  n: number,
  content: (i: number) => string = (i) =>
    `My reply number ${i}: thanks for waiting, the refund is on its way.`,
  overrides: Record<string, unknown> = {},
) {
  const base = await claimedTask(t, n, overrides);
  const submissions = await Promise.all(
    base.contractors.map(
      async (c, i) =>
        ok(
          await t.gql(
            SUBMIT,
            { input: { claimId: base.claims[i].id, content: content(i), attestation: ATTEST } },
            c.token,
          ),
        ).submitSample as { id: string; [k: string]: any },
    ),
  );
  return { ...base, submissions };
}

export async function acceptanceEntries(t: TestApp, submissionId: string): Promise<number> {
  const [row] = await t.sql(`SELECT count(*)::int AS n FROM ledger_entries WHERE idempotency_key = $1`, [
    `accept:${submissionId}`,
  ]);
  return row.n as number;
}
