import { TokenService } from '../../../src/core/auth/token.service';
import { GqlResult, TestApp } from '../../setup/test-app';

export const PROFILE = `mutation($input: ContractorProfileInput!) {
  updateContractorProfile(input: $input) { countryCode languages payoutsEnabled professions { professionCode yearsExperience } } }`;
export const GIVE_CONSENT = `mutation($v: String!, $p: [String!]) {
  giveConsent(termsVersion: $v, purposes: $p) { termsVersion purposes givenAt withdrawnAt } }`;
export const WITHDRAW_CONSENT = `mutation { withdrawConsent { termsVersion purposes givenAt withdrawnAt } }`;
export const CLAIM_TASK = `mutation($id: ID!) { claimTask(taskId: $id) {
  id status claimedAt expiresAt task { id slotsRemaining status } } }`;
export const RELEASE_CLAIM = `mutation($id: ID!) { releaseClaim(claimId: $id) { id status task { id slotsRemaining } } }`;
export const ELIGIBILITY = `query($id: ID!) { taskEligibility(taskId: $id) { eligible reasons codes } }`;
export const FEED = `query($first: Int, $after: String) { eligibleTasks(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id slotsRemaining
  pricePerSample { amountMinor } estimatedMinutes createdAt } } } }`;
export const MATCH = `query($id: ID!, $first: Int) { matchContractors(taskId: $id, first: $first) {
  taskId eligibleCount failing { rule count } sample { pseudonym yearsExperience countryCode languages } } }`;
export const CREATE_QUALIFICATION_TYPE = `mutation($input: QualificationTypeInput!) {
  createQualificationType(input: $input) { id name description validityDays } }`;
export const REQUEST_QUALIFICATION = `mutation($input: RequestQualificationInput!) {
  requestQualification(input: $input) { id status held expiresAt type { id name } } }`;
export const DECIDE_QUALIFICATION = `mutation($input: DecideQualificationInput!) {
  decideQualification(input: $input) { id status held note decidedAt expiresAt } }`;

export const DEFAULT_PROFILE = {
  countryCode: 'US',
  languages: ['en'],
  professions: [{ professionCode: '43-4051', yearsExperience: 5 }],
};

/** Throws (failing the test) on a GraphQL error; returns the data. */
export function ok<T = any>(r: GqlResult<T>): T {
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

let seq = 0;

/**
 * Contractors inserted directly and signed in with the app's own token service: registering
 * hundreds over HTTP would spend the test's time hashing passwords, which is not under test.
 */
export async function quickContractors(t: TestApp, n: number): Promise<{ id: string; token: string }[]> {
  const tokens = t.app.get(TokenService);
  const rows = await t.sql<{ id: string }>(
    `INSERT INTO users (email, password_hash, display_name, role)
     SELECT 'quick-' || $1 || '-' || i || '@example.com', 'not-a-hash', 'Quick contractor', 'CONTRACTOR'
     FROM generate_series(1, $2) i RETURNING id`,
    [`${process.pid}-${++seq}-${Date.now()}`, n],
  );
  return Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      token: await tokens.sign({ userId: r.id, tokenVersion: 0 }),
    })),
  );
}

/** Contractors with the default profile (or `profile`) who consented to 2026-11, all purposes. */
export async function eligibleContractors(
  t: TestApp,
  n: number,
  profile: Record<string, unknown> = DEFAULT_PROFILE,
): Promise<{ id: string; token: string }[]> {
  const cs = await quickContractors(t, n);
  for (let i = 0; i < cs.length; i += 50)
    await Promise.all(
      cs.slice(i, i + 50).map(async (c) => {
        ok(await t.gql(PROFILE, { input: profile }, c.token));
        ok(await t.gql(GIVE_CONSENT, { v: '2026-11' }, c.token));
      }),
    );
  return cs;
}

/** The sum of every posting per currency: 0 for each, or the ledger does not balance. */
export async function trialBalanceTotals(t: TestApp): Promise<Record<string, string>> {
  const rows = await t.sql<{ currency: string; total: string }>(
    `SELECT currency, sum(amount)::text AS total FROM ledger_postings GROUP BY currency`,
  );
  return Object.fromEntries(rows.map((r) => [r.currency, r.total]));
}

export async function expectBalanced(t: TestApp): Promise<void> {
  for (const total of Object.values(await trialBalanceTotals(t)))
    if (total !== '0') throw new Error(`ledger off by ${total}`);
}
