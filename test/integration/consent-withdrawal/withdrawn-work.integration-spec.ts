import { createTestApp, TestApp } from '../../setup/test-app';
import { CLAIM_TASK, ELIGIBILITY, GIVE_CONSENT, ok } from '../matching/matching-helpers';
import { ATTEST, claimedTask, orgOf, SUBMIT } from '../submissions/submissions-helpers';
import { ADMIN_ENV, errorOf, fundedOpenTask, requester } from '../tasks/tasks-helpers';
import { WITHDRAW } from './withdrawal-helpers';

interface Eligibility {
  taskEligibility: { eligible: boolean; codes: string[] };
}

describe('work after a consent withdrawal', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
  });
  afterAll(() => t.close());

  const stored = async (claimId: string) => {
    const [row] = await t.sql<{ n: number; status: string }>(
      `SELECT (SELECT count(*)::int FROM submissions WHERE claim_id = $1) AS n,
              (SELECT status FROM claims WHERE id = $1) AS status`,
      [claimId],
    );
    return row;
  };
  const submit = (claimId: string, token: string) =>
    t.gql<{ submitSample: { id: string } }>(
      SUBMIT,
      { input: { claimId, content: 'A reply written before I changed my mind.', attestation: ATTEST } },
      token,
    );
  const eligibility = async (taskId: string, token: string) =>
    ok(await t.gql<Eligibility>(ELIGIBILITY, { id: taskId }, token)).taskEligibility;

  it('refuses a sample on a claim taken before the withdrawal (organisation, purpose or all), storing nothing', async () => {
    const { req, task, contractors, claims } = await claimedTask(t, 3);
    const org = await orgOf(t, task.id);
    ok(await t.gql(WITHDRAW, { o: org }, contractors[0].token));
    ok(await t.gql(WITHDRAW, { p: 'model-training' }, contractors[1].token));
    ok(await t.gql(WITHDRAW, {}, contractors[2].token));

    for (const i of [0, 1]) {
      const refused = await submit(claims[i].id, contractors[i].token);
      expect(errorOf(refused)).toMatchObject({ code: 'FORBIDDEN', reason: 'CONSENT_WITHDRAWN' });
      expect(await stored(claims[i].id)).toEqual({ n: 0, status: 'ACTIVE' });
    }
    // Withdrawing everything ends the consent itself.
    expect(errorOf(await submit(claims[2].id, contractors[2].token))).toMatchObject({
      code: 'CONFLICT',
      reason: 'NO_CURRENT_CONSENT',
    });
    expect(await stored(claims[2].id)).toEqual({ n: 0, status: 'ACTIVE' });

    // Nor can they take new work of the organisation: not eligible, the claim refused.
    const next = await fundedOpenTask(t, req, { slots: 3 });
    for (const c of contractors) {
      const e = await eligibility(next.id, c.token);
      expect(e.eligible).toBe(false);
      expect(e.codes).toContain('NO_CONSENT');
      const claim = await t.gql(CLAIM_TASK, { id: next.id }, c.token);
      expect(errorOf(claim).code).toBe('FORBIDDEN');
    }
    const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM claims WHERE task_id = $1`, [
      next.id,
    ]);
    expect(n).toBe(0);

    // A withdrawal for one organisation leaves the others' tasks open to the contractor.
    const other = await fundedOpenTask(t, await requester(t), { slots: 1 });
    expect((await eligibility(other.id, contractors[0].token)).eligible).toBe(true);
    expect((await eligibility(other.id, contractors[1].token)).eligible).toBe(false);
  });

  it('lets a contractor who gives consent again submit', async () => {
    const { task, contractors, claims } = await claimedTask(t, 1);
    ok(await t.gql(WITHDRAW, { o: await orgOf(t, task.id) }, contractors[0].token));
    expect(errorOf(await submit(claims[0].id, contractors[0].token)).reason).toBe('CONSENT_WITHDRAWN');
    ok(await t.gql(GIVE_CONSENT, { v: '2026-11' }, contractors[0].token));
    const sample = ok(await submit(claims[0].id, contractors[0].token)).submitSample;
    expect(await stored(claims[0].id)).toEqual({ n: 1, status: 'SUBMITTED' });
    expect(sample.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
