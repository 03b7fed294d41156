import { createTestApp, TestApp } from '../../setup/test-app';
import { CLAIM_TASK, eligibleContractors, expectBalanced, ok } from '../matching/matching-helpers';
import { ATTEST, REVIEW, SUBMIT } from '../submissions/submissions-helpers';
import { errorOf, escrowOf, fundedOpenTask, requester, transition } from '../tasks/tasks-helpers';

const MY_CLAIMS = `query($status: ClaimStatus, $first: Int, $after: String) {
  myClaims(status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id status expiresAt task { id title } } } } }`;

interface MyClaims {
  myClaims: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      node: { id: string; status: string; expiresAt: string; task: { id: string } };
    }[];
  };
}
interface Claimed {
  claimTask: { id: string; expiresAt: string };
}

describe('myClaims and the escrow a closing task keeps for work in flight', () => {
  let t: TestApp;
  let req: string;
  let cs: { id: string; token: string }[];
  beforeAll(async () => {
    t = await createTestApp();
    req = await requester(t);
    cs = await eligibleContractors(t, 4);
  }, 60_000);
  afterAll(() => t.close());
  afterEach(() => expectBalanced(t));

  const claim = async (taskId: string, token: string) =>
    ok(await t.gql<Claimed>(CLAIM_TASK, { id: taskId }, token)).claimTask;

  it("lists only the caller's claims, newest first, page by page, with their tasks and a status filter", async () => {
    const tasks = [];
    for (let i = 0; i < 5; i++) tasks.push(await fundedOpenTask(t, req, { slots: 2, title: `Listed ${i}` }));
    const mine: Claimed['claimTask'][] = [];
    for (const task of tasks) mine.push(await claim(task.id, cs[0].token));
    await claim(tasks[0].id, cs[1].token); // someone else's: never listed
    ok(
      await t.gql(
        `mutation($id: ID!) { releaseClaim(claimId: $id) { id } }`,
        { id: mine[1].id },
        cs[0].token,
      ),
    );

    const seen: MyClaims['myClaims']['edges'] = [];
    let after: string | null = null;
    for (;;) {
      const page: MyClaims['myClaims'] = ok(
        await t.gql<MyClaims>(MY_CLAIMS, { first: 2, after }, cs[0].token),
      ).myClaims;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.map((e) => e.node.id)).toEqual([...mine].reverse().map((c) => c.id));
    expect(seen.map((e) => e.node.task.id)).toEqual([...tasks].reverse().map((x) => x.id));
    expect(seen.find((e) => e.node.id === mine[0].id)?.node.expiresAt).toBe(mine[0].expiresAt);

    const active = ok(await t.gql<MyClaims>(MY_CLAIMS, { status: 'ACTIVE' }, cs[0].token)).myClaims;
    expect(active.totalCount).toBe(4);
    expect(active.edges.every((e) => e.node.status === 'ACTIVE')).toBe(true);
    const released = ok(await t.gql<MyClaims>(MY_CLAIMS, { status: 'RELEASED' }, cs[0].token)).myClaims;
    expect(released.edges.map((e) => e.node.id)).toEqual([mine[1].id]);

    const none = ok(await t.gql<MyClaims>(MY_CLAIMS, {}, cs[2].token)).myClaims;
    expect(none).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
    expect(errorOf(await t.gql(MY_CLAIMS, { after: 'not-a-cursor' }, cs[0].token)).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorOf(await t.gql(MY_CLAIMS, {}, req)).code).toBe('FORBIDDEN');
  });

  it('closing keeps the price of the SUBMITTED and the ACTIVE claim, not of the accepted (paid) one', async () => {
    const task = await fundedOpenTask(t, req, { slots: 5 });
    const cost = BigInt(task.requesterCost.amountMinor);
    const [accepted, submitted, active] = await Promise.all(
      cs.slice(0, 3).map((c) => claim(task.id, c.token)),
    );
    const submit = async (claimId: string, token: string) =>
      ok(
        await t.gql<{ submitSample: { id: string } }>(
          SUBMIT,
          {
            input: { claimId, content: 'Thanks for waiting: the refund is on its way.', attestation: ATTEST },
          },
          token,
        ),
      ).submitSample;
    const paid = await submit(accepted.id, cs[0].token);
    await submit(submitted.id, cs[1].token);
    ok(await t.gql(REVIEW, { input: { submissionId: paid.id, decision: 'ACCEPT' } }, req));
    // The accepted sample was paid out of escrow: 4 slots' worth remain, 2 of them in flight.
    expect(await escrowOf(t, task.id)).toBe(4n * cost);

    const closed = ok(
      await t.gql<{ closeTask: { escrowBalance: { amountMinor: string } } }>(
        transition('closeTask'),
        { id: task.id },
        req,
      ),
    ).closeTask;
    expect(BigInt(closed.escrowBalance.amountMinor)).toBe(2n * cost);
    expect(await escrowOf(t, task.id)).toBe(2n * cost);
    const refunds = await t.sql<{ amount: string }>(
      `SELECT amount::text AS amount FROM escrow_refunds WHERE task_id = $1`,
      [task.id],
    );
    expect(refunds.map((r) => BigInt(r.amount))).toEqual([2n * cost]);
    const [row] = await t.sql<{ status: string }>(`SELECT status FROM claims WHERE id = $1`, [active.id]);
    expect(row.status).toBe('ACTIVE');
  });
});
