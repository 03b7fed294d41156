import { createTestApp, GqlResult, TestApp } from '../../setup/test-app';
import {
  ADMIN,
  ADMIN_ENV,
  contractor,
  createTask,
  errorOf,
  fundAndPublish,
  login,
  namedFields,
  requester,
  staffToken,
  TASKS,
  transition,
} from './tasks-helpers';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; status: string; createdAt: string } }[];
}

/**
 * `tasks(first, after, status)`: Relay-style keyset pages, newest first, opaque cursors, and each
 * role sees its own slice — requesters their organisation's, contractors OPEN ones, staff all.
 */
describe('tasks: cursor pagination and visibility per role', () => {
  let t: TestApp;
  let orgA: string;
  let orgB: string;
  let worker: string;
  let finance: string;
  let admin: string;
  /** Org A's 25 tasks in the order they were created (oldest first). */
  let aIds: string[];
  let bIds: string[];
  const status = new Map<string, string>();

  const page = async (token: string, args: Record<string, unknown>): Promise<Page> => {
    const r = await t.gql<{ tasks: Page }>(TASKS, args, token);
    if (r.errors) throw new Error(`tasks: ${JSON.stringify(r.errors)}`);
    return r.data.tasks;
  };

  /** Follows endCursor until hasNextPage is false; returns every page. */
  const walk = async (token: string, args: Record<string, unknown>): Promise<Page[]> => {
    const pages: Page[] = [];
    let after: string | undefined;
    for (let i = 0; i < 50; i++) {
      const p = await page(token, { ...args, after });
      pages.push(p);
      if (!p.pageInfo.hasNextPage) return pages;
      after = p.pageInfo.endCursor ?? undefined;
    }
    throw new Error('pagination did not end');
  };
  const idsOf = (pages: Page[]) => pages.flatMap((p) => p.edges.map((e) => e.node.id));
  const newestFirst = (ids: string[]) => [...ids].reverse();

  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    [orgA, orgB, worker, admin] = await Promise.all([
      requester(t),
      requester(t),
      contractor(t),
      login(t, ADMIN.email, ADMIN.password),
    ]);
    finance = await staffToken(t, admin, 'FINANCE');
    aIds = [];
    // One at a time, so creation order is the order of created_at.
    for (let i = 0; i < 25; i++) aIds.push((await createTask(t, orgA, { title: `A task ${i}` })).id);
    bIds = [];
    for (let i = 0; i < 2; i++) bIds.push((await createTask(t, orgB, { title: `B task ${i}` })).id);
    for (const id of [...aIds, ...bIds]) status.set(id, 'DRAFT');
    for (const id of aIds.slice(0, 3)) {
      const r = await t.gql(transition('cancelTask'), { id }, orgA);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      status.set(id, 'CANCELLED');
    }
    for (const id of aIds.slice(3, 5)) {
      await fundAndPublish(t, orgA, id);
      status.set(id, 'OPEN');
    }
    await fundAndPublish(t, orgB, bIds[0]);
    status.set(bIds[0], 'OPEN');
  });
  afterAll(() => t.close());

  it('pages 25 tasks 10/10/5, newest first, without duplicates, with totalCount 25 on every page', async () => {
    const pages = await walk(orgA, { first: 10 });
    expect(pages.map((p) => p.edges.length)).toEqual([10, 10, 5]);
    expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(pages.map((p) => p.totalCount)).toEqual([25, 25, 25]);
    const ids = idsOf(pages);
    expect(new Set(ids).size).toBe(25);
    expect(ids).toEqual(newestFirst(aIds));
    const times = pages.flatMap((p) => p.edges.map((e) => Date.parse(e.node.createdAt)));
    expect(times.every(Number.isFinite)).toBe(true);
    expect(times).toEqual([...times].sort((x, y) => y - x));
    for (const p of pages) expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)?.cursor);
  });

  it('gives the same page for the same cursor (cursors are stable positions)', async () => {
    const first = await page(orgA, { first: 10 });
    const again = await page(orgA, { first: 7, after: first.pageInfo.endCursor });
    const twice = await page(orgA, { first: 7, after: first.pageInfo.endCursor });
    expect(again.edges.map((e) => e.node.id)).toEqual(newestFirst(aIds).slice(10, 17));
    expect(twice).toEqual(again);
  });

  it('pages 20 by default', async () => {
    const p = await page(orgA, {});
    expect(p.edges).toHaveLength(20);
    expect(p.pageInfo.hasNextPage).toBe(true);
  });

  it.each([
    ['DRAFT', 20],
    ['CANCELLED', 3],
    ['OPEN', 2],
    ['PAUSED', 0],
    ['CLOSED', 0],
  ])('filters by status %s (%i of org A)', async (wanted, count) => {
    const pages = await walk(orgA, { first: 15, status: wanted });
    const ids = idsOf(pages);
    expect(pages[0].totalCount).toBe(count);
    expect(ids).toEqual(newestFirst(aIds.filter((id) => status.get(id) === wanted)));
    expect(pages.flatMap((p) => p.edges.map((e) => e.node.status)).every((s) => s === wanted)).toBe(true);
    expect(pages.map((p) => p.edges.length)).toEqual(count > 15 ? [15, count - 15] : [count]);
  });

  it.each([0, 101, -1])('refuses first: %i with BAD_USER_INPUT naming first', async (first) => {
    const r = await t.gql(TASKS, { first }, orgA);
    expect(r.data).toBeNull();
    const ext = errorOf(r);
    expect(ext.code).toBe('BAD_USER_INPUT');
    expect(namedFields(ext)).toContain('first');
  });

  it('accepts first: 100, the largest page', async () => {
    const p = await page(finance, { first: 100 });
    expect(p.edges).toHaveLength(27);
    expect(p.pageInfo.hasNextPage).toBe(false);
  });

  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
  it.each([
    ['a word', 'garbage'],
    ['punctuation', '!!!***'],
    ['base64 of an object', b64('{"a":1}')],
    ['base64 of a one-element array', b64('["2026-01-01T00:00:00.000Z"]')],
    ['base64 of numbers', b64('[1,2]')],
    ['a forged position of two words', b64('["x","y"]')],
    ['a forged position with a bad id', b64('["2026-01-01T00:00:00.000Z","not-a-uuid"]')],
    ['a forged position with a bad time', b64('["yesterday","00000000-0000-4000-8000-000000000000"]')],
  ])('refuses a garbage after (%s) with BAD_USER_INPUT INVALID_CURSOR', async (_what, after) => {
    const r: GqlResult = await t.gql(TASKS, { first: 10, after }, orgA);
    expect(r.data).toBeNull();
    expect(errorOf(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR', field: 'after' });
  });

  it("shows a requester only its own organisation's tasks", async () => {
    const a = idsOf(await walk(orgA, { first: 100 }));
    const b = await walk(orgB, { first: 100 });
    expect(a).toHaveLength(25);
    expect(a.some((id) => bIds.includes(id))).toBe(false);
    expect(b[0].totalCount).toBe(2);
    expect(idsOf(b)).toEqual(newestFirst(bIds));
  });

  it('shows a contractor only OPEN tasks, of every organisation', async () => {
    const pages = await walk(worker, { first: 2 });
    const open = [...aIds, ...bIds].filter((id) => status.get(id) === 'OPEN');
    expect(pages[0].totalCount).toBe(3);
    expect(new Set(idsOf(pages))).toEqual(new Set(open));
    expect(pages.map((p) => p.edges.length)).toEqual([2, 1]);
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM tasks WHERE status = 'OPEN'`);
    expect(n).toBe(3);
  });

  it('shows a contractor nothing when it filters for drafts', async () => {
    const p = await page(worker, { status: 'DRAFT' });
    expect(p).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it.each([
    ['FINANCE', () => finance],
    ['ADMIN', () => admin],
  ])('shows %s every task of every organisation', async (_role, token) => {
    const pages = await walk(token(), { first: 10 });
    const ids = idsOf(pages);
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM tasks`);
    expect(n).toBe(27);
    expect(pages[0].totalCount).toBe(27);
    expect(new Set(ids)).toEqual(new Set([...aIds, ...bIds]));
    expect(ids).toHaveLength(27);
  });
});
