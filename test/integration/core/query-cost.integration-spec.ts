import { createTestApp, registerUser, TestApp } from '../../setup/test-app';
import { TASK_FIELDS } from '../tasks/tasks-helpers';

const ROW_FIELDS = 'professionCode artifactKind tier currency baseAmountMinor estimatedMinutes';
const aliases = (n: number, body: string) => Array.from({ length: n }, (_, i) => `a${i}: ${body}`).join(' ');

/**
 * The cost limit counts what a query may return: list sizes multiply what is selected under
 * them (`first`, or a default for unpaged lists), so a small document cannot ask for megabytes.
 */
describe('query cost by list sizes', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = (await registerUser(t, 'REQUESTER')).token;
  });
  afterAll(() => t.close());

  const expectLimit = (r: Awaited<ReturnType<TestApp['gql']>>) => {
    expect(r.status).toBe(400);
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'QUERY_LIMIT_EXCEEDED' });
    expect(r.errors?.[0].message).toMatch(/cost/);
  };

  it('refuses 15 aliases of every rate table with its rows, in milliseconds', async () => {
    const query = `{ ${aliases(15, `rateTables { version rows { edges { node { ${ROW_FIELDS} } } } }`)} }`;
    expect(query.length).toBeLessThan(2000);
    expectLimit(await t.gql(query, {}, token)); // the first parse of a document warms the caches
    const timings: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      expectLimit(await t.gql(query, {}, token));
      timings.push(performance.now() - started);
    }
    if (process.env.REPORT_TIMINGS) console.log('refusal ms', timings.map((ms) => ms.toFixed(1)).join(' '));
    // A few ms on an idle machine (it took 3.3 s when the query ran); generous for a shared CI one.
    expect(Math.min(...timings)).toBeLessThan(300);
  });

  it('refuses the same with rows asked for explicitly at the largest page, and tasks by variable', async () => {
    expectLimit(
      await t.gql(
        `{ ${aliases(15, `rateTable(version: "2026.1") { rows(first: 100) { edges { node { ${ROW_FIELDS} } } } }`)} }`,
        {},
        token,
      ),
    );
    expectLimit(
      await t.gql(
        `query($n: Int) { ${aliases(15, `tasks(first: $n) { edges { node { ${TASK_FIELDS} } } }`)} }`,
        {},
        token,
      ),
    );
  });

  it('lets ordinary queries through: a full page of tasks, a page of rows, many small aliases', async () => {
    for (const query of [
      `{ tasks(first: 100) { totalCount edges { cursor node { ${TASK_FIELDS} } } } }`,
      `{ rateTables { version rows { totalCount edges { node { ${ROW_FIELDS} } } } } }`,
      `{ ${aliases(15, `rateTable(version: "2026.1") { rows(first: 5) { edges { node { ${ROW_FIELDS} } } } }`)} }`,
      `{ ${aliases(15, 'me { id email role }')} }`,
    ]) {
      const r = await t.gql(query, {}, token);
      expect(r.errors).toBeUndefined();
    }
  });
});
