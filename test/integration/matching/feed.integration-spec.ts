import { createTestApp, TestApp } from '../../setup/test-app';
import { fundedOpenTask, requester, transition } from '../tasks/tasks-helpers';
import { CLAIM_TASK, eligibleContractors, FEED, ok } from './matching-helpers';
import type { FeedData } from '../../support/gql-results';

describe('eligibleTasks: best effective hourly pay first, then most slots left, then newest', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('pages through every claimable task in order, exactly once, and drops full or paused ones', async () => {
    const req = await requester(t);
    // Seeded prices: BASIC 7.50/15 min (30.00/h), STANDARD 20.00/30 min (40.00/h), EXPERT 60.00/60 min (60.00/h).
    const specs = [
      { tier: 'BASIC', slots: 3 },
      { tier: 'EXPERT', slots: 2 },
      { tier: 'STANDARD', slots: 5 },
      { tier: 'EXPERT', slots: 4 },
      { tier: 'STANDARD', slots: 5 },
      { tier: 'BASIC', slots: 1 },
      { tier: 'STANDARD', slots: 2 },
    ];
    const tasks = [];
    for (const s of specs) tasks.push({ ...s, id: (await fundedOpenTask(t, req, s)).id });
    const [me, other] = await eligibleContractors(t, 2);
    // Taking the BASIC task's only slot removes it from everyone's feed.
    ok(await t.gql(CLAIM_TASK, { id: tasks[5].id }, other.token));
    ok(await t.gql(transition('pauseTask'), { id: tasks[6].id }, req));

    const seen: { id: string; hourly: number; slots: number; createdAt: string }[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const feed: FeedData['eligibleTasks'] = ok(
        await t.gql<FeedData>(FEED, { first: 2, after }, me.token),
      ).eligibleTasks;
      expect(feed.totalCount).toBe(5);
      pages++;
      for (const e of feed.edges)
        seen.push({
          id: e.node.id,
          hourly: (e.node.pricePerSample.amountMinor * 60) / e.node.estimatedMinutes,
          slots: e.node.slotsRemaining,
          createdAt: e.node.createdAt,
        });
      after = feed.pageInfo.hasNextPage ? feed.pageInfo.endCursor : null;
    } while (after);
    expect(pages).toBe(3);
    // Same hourly pay and slots (the two STANDARD tasks with 5): newest first.
    expect(seen.map((s) => s.id)).toEqual([tasks[3].id, tasks[1].id, tasks[4].id, tasks[2].id, tasks[0].id]);
    expect(seen.map((s) => s.hourly)).toEqual([6000, 6000, 4000, 4000, 3000]);
  });

  it('refuses a forged cursor and a page size out of range, naming the field', async () => {
    const [me] = await eligibleContractors(t, 1);
    const forged = Buffer.from(JSON.stringify(['1|2|not-a-date', 'x'])).toString('base64url');
    for (const [vars, field] of [
      [{ after: forged }, 'after'],
      [{ after: 'garbage' }, 'after'],
      [{ first: 0 }, 'first'],
      [{ first: 101 }, 'first'],
    ] as const) {
      const r = await t.gql(FEED, vars, me.token);
      expect(r.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(r.errors?.[0].extensions)).toContain(field);
    }
  });

  it("answers bad page arguments with class-validator's BAD_USER_INPUT, field by field", async () => {
    const [me] = await eligibleContractors(t, 1);
    for (const [vars, fields] of [
      [{ first: 0 }, [{ field: 'first', problems: ['first must not be less than 1'] }]],
      [{ first: 101 }, [{ field: 'first', problems: ['first must not be greater than 100'] }]],
      [
        { first: 0, after: 'x'.repeat(501) },
        [
          { field: 'first', problems: ['first must not be less than 1'] },
          { field: 'after', problems: ['after must be shorter than or equal to 500 characters'] },
        ],
      ],
    ] as const) {
      const r = await t.gql(FEED, vars, me.token);
      expect(r.data).toBeNull();
      expect(r.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
        fields,
      });
    }
  });

  it('reads escrow and measured pay when a client selects them, through fragments and aliases', async () => {
    const req = await requester(t);
    const task = await fundedOpenTask(t, req, { tier: 'EXPERT', slots: 3 });
    const [me] = await eligibleContractors(t, 1);
    type Node = { id: string; held?: { amountMinor: number }; funded?: boolean; acceptedSamples?: number };
    const nodeOf = async (query: string) => {
      const r = await t.gql<{ eligibleTasks: { edges: { node: Node }[] } }>(query, {}, me.token);
      return ok(r).eligibleTasks.edges.find((e) => e.node.id === task.id)?.node;
    };
    const direct = ok(
      await t.gql<{
        task: { escrowBalance: { amountMinor: number }; funded: boolean; acceptedSamples: number };
      }>(
        `query($id: ID!) { task(id: $id) { escrowBalance { amountMinor } funded acceptedSamples } }`,
        { id: task.id },
        me.token,
      ),
    ).task;
    expect(direct.funded).toBe(true);
    expect(direct.escrowBalance.amountMinor).toBeGreaterThan(0);
    expect(
      await nodeOf(`{ eligibleTasks(first: 100) { edges { node { id ...Money } } } }
        fragment Money on Task { held: escrowBalance { amountMinor } ... on Task { funded acceptedSamples } }`),
    ).toEqual({
      id: task.id,
      held: direct.escrowBalance,
      funded: true,
      acceptedSamples: direct.acceptedSamples,
    });
    // Without those fields the page is the same tasks.
    expect(await nodeOf(`{ eligibleTasks(first: 100) { edges { node { id } } } }`)).toEqual({ id: task.id });
  });

  it('is for contractors only', async () => {
    const r = await t.gql(FEED, {}, await requester(t));
    expect(r.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
