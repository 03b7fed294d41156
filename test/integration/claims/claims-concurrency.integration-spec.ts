import { createTestApp, GqlResult, TestApp } from '../../setup/test-app';
import { CLAIM_TASK, eligibleContractors, expectBalanced } from '../matching/matching-helpers';
import { fundedOpenTask, requester } from '../tasks/tasks-helpers';

const ROUNDS = 20;
const CALLERS = 200;

/** A small seeded generator, so a failing round can be replayed from the seed in the log. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

describe('claimTask under real concurrency (parallel HTTP requests)', () => {
  let t: TestApp;
  let req: string;
  let contractors: { id: string; token: string }[];
  beforeAll(async () => {
    t = await createTestApp();
    req = await requester(t);
    contractors = await eligibleContractors(t, CALLERS);
  }, 120_000);
  afterAll(() => t.close());
  afterEach(() => expectBalanced(t));

  const seed = Number(process.env.CLAIMS_SEED ?? Date.now() % 1_000_000);

  it(`${CALLERS} parallel claims on a task with K free slots give exactly K claims, ${ROUNDS} rounds of random K (seed ${seed})`, async () => {
    const random = prng(seed);
    for (let round = 0; round < ROUNDS; round++) {
      const k = 1 + Math.floor(random() * 50);
      const task = await fundedOpenTask(t, req, { slots: k });
      const results: GqlResult[] = await Promise.all(
        contractors.map((c) => t.gql(CLAIM_TASK, { id: task.id }, c.token)),
      );
      const won = results.filter((r) => !r.errors);
      const refused = results.filter((r) => r.errors);
      expect({ round, k, won: won.length }).toEqual({ round, k, won: k });
      for (const r of refused)
        expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_SLOTS_LEFT' });
      const [row] = await t.sql(`SELECT slots_remaining FROM tasks WHERE id = $1`, [task.id]);
      expect(row.slots_remaining).toBe(0);
      const [claims] = await t.sql(
        `SELECT count(*)::int AS n, count(DISTINCT contractor_id)::int AS people FROM claims WHERE task_id = $1`,
        [task.id],
      );
      expect(claims).toEqual({ n: k, people: k });
      expect(new Set(won.map((r) => r.data.claimTask.id)).size).toBe(k);
    }
  }, 240_000);

  it('one contractor firing 10 parallel claims on a maxPerContractor 1 task holds one claim', async () => {
    const task = await fundedOpenTask(t, req, { slots: 5, maxPerContractor: 1 });
    const [me] = contractors;
    const results = await Promise.all(
      Array.from({ length: 10 }, () => t.gql(CLAIM_TASK, { id: task.id }, me.token)),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((x) => x.errors))
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CLAIM_LIMIT_REACHED' });
    const [row] = await t.sql(`SELECT slots_remaining FROM tasks WHERE id = $1`, [task.id]);
    expect(row.slots_remaining).toBe(4);
    const [counter] = await t.sql(
      `SELECT held FROM claim_counters WHERE task_id = $1 AND contractor_id = $2`,
      [task.id, me.id],
    );
    expect(counter.held).toBe(1);
  });

  it('one contractor firing 10 parallel claims on a maxPerContractor 3 task holds three', async () => {
    const task = await fundedOpenTask(t, req, { slots: 5, maxPerContractor: 3 });
    const me = contractors[1];
    const results = await Promise.all(
      Array.from({ length: 10 }, () => t.gql(CLAIM_TASK, { id: task.id }, me.token)),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(3);
    const [row] = await t.sql(`SELECT slots_remaining FROM tasks WHERE id = $1`, [task.id]);
    expect(row.slots_remaining).toBe(2);
  });

  it('the database refuses a counter past maxPerContractor whatever the code does', async () => {
    const task = await fundedOpenTask(t, req, { slots: 2, maxPerContractor: 1 });
    await expect(
      t.sql(
        `INSERT INTO claim_counters (task_id, contractor_id, max_per_contractor, held) VALUES ($1, $2, 1, 2)`,
        [task.id, contractors[2].id],
      ),
    ).rejects.toThrow(/claim_counters_within_limit/);
    await expect(t.sql(`UPDATE tasks SET slots_remaining = -1 WHERE id = $1`, [task.id])).rejects.toThrow(
      /check constraint/,
    );
  });
});
