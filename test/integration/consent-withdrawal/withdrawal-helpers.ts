import { TestApp } from '../../setup/test-app';
import { ok } from '../matching/matching-helpers';
import { REVIEW, submittedTask } from '../submissions/submissions-helpers';

export const WITHDRAW = `mutation($v: String, $o: ID, $p: String) {
  withdrawConsent(termsVersion: $v, organizationId: $o, purpose: $p) { termsVersion purposes givenAt withdrawnAt } }`;
export const RECEIPTS = `query($first: Int, $after: String) { myConsentReceipts(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { submissionId taskId organizationId termsVersion purposes retentionDays consentGivenAt submittedAt stillConsented } } } }`;
export const NOTICES = `query($first: Int, $after: String) { withdrawalNotices(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } byTask { taskId samples }
  edges { cursor node { submissionId taskId contributor withdrawnAt eraseAfter } } } }`;

/** `n` contractors' samples on one task, all accepted by the requester. */
export async function acceptedTask(t: TestApp, n: number, content?: (i: number) => string) {
  const base = await submittedTask(t, n, content);
  for (const s of base.submissions)
    ok(await t.gql(REVIEW, { input: { submissionId: s.id, decision: 'ACCEPT' } }, base.req));
  return base;
}

/** GET with a bearer token: status and body text. */
export async function get(t: TestApp, path: string, token?: string) {
  const res = await fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

export const jsonl = (body: string) =>
  body
    .split('\n')
    .filter((l) => l.length)
    .map((l) => JSON.parse(l) as Record<string, any>);
