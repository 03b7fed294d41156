import { TestApp } from '../../setup/test-app';
import { GIVE_CONSENT, ok } from '../matching/matching-helpers';
import { Contractor } from '../payouts/payouts-helpers';
import { ATTEST, REVIEW, SUBMIT } from '../submissions/submissions-helpers';
import { fundedOpenTask } from '../tasks/tasks-helpers';

/**
 * Payable balances made the way the product makes them, over GraphQL: the requester funds and
 * publishes a task with a slot per contractor (and one spare, for bonuses); each contractor
 * consents, claims, submits, and the requester accepts. Returns the submission ids.
 */
export async function acceptedSamples(t: TestApp, requester: string, cs: Contractor[]): Promise<string[]> {
  const task = await fundedOpenTask(t, requester, { slots: cs.length + 1 });
  const ids: string[] = [];
  for (const c of cs) {
    ok(await t.gql(GIVE_CONSENT, { v: '2026-11' }, c.token));
    const claim = ok(
      await t.gql<{ claimTask: { id: string } }>(
        `mutation($id: ID!) { claimTask(taskId: $id) { id } }`,
        { id: task.id },
        c.token,
      ),
    ).claimTask;
    const sub = ok(
      await t.gql<{ submitSample: { id: string } }>(
        SUBMIT,
        {
          input: {
            claimId: claim.id,
            content: 'Thanks for waiting: the refund is on its way.',
            attestation: ATTEST,
          },
        },
        c.token,
      ),
    ).submitSample;
    ok(await t.gql(REVIEW, { input: { submissionId: sub.id, decision: 'ACCEPT' } }, requester));
    ids.push(sub.id);
  }
  return ids;
}
