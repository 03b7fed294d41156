import { createTestApp, TestApp } from '../../setup/test-app';
import { createTask, errorOf, requester, TASKS, type TasksData } from './tasks-helpers';

const ID = '3f1c2a9e-8b7d-4c6e-9f0a-1b2c3d4e5f60';
const cursor = (sortKey: string, id = ID) => Buffer.from(JSON.stringify([sortKey, id])).toString('base64url');

/** A cursor is a position this API wrote; a forged one is refused before it reaches PostgreSQL. */
describe('tasks listing: forged cursors', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = await requester(t);
    await createTask(t, token);
    await createTask(t, token);
  });
  afterAll(() => t.close());

  it.each([
    ['February 30th', '2024-02-30T00:00:00.000Z'],
    ['February 29th of a common year', '2023-02-29T12:00:00.000Z'],
    ['year 0000', '0000-01-01T00:00:00.000Z'],
    ['year 0001', '0001-06-01T00:00:00.000Z'],
    ['month 13', '2024-13-01T00:00:00.000Z'],
    ['hour 24', '2024-01-01T24:00:00.000Z'],
    ['another time zone', '2024-01-01T00:00:00.000+05:00'],
    ['a date only', '2024-01-01'],
  ])('refuses a cursor dated %s with BAD_USER_INPUT', async (_name, sortKey) => {
    const r = await t.gql(TASKS, { first: 1, after: cursor(sortKey) }, token);
    expect(r.data).toBeNull();
    expect(errorOf(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR', field: 'after' });
  });

  it('still accepts the cursors it returns', async () => {
    const first = await t.gql<TasksData>(TASKS, { first: 1 }, token);
    const next = await t.gql<TasksData>(
      TASKS,
      { first: 1, after: first.data.tasks.pageInfo.endCursor },
      token,
    );
    expect(next.errors).toBeUndefined();
    expect(next.data.tasks.edges).toHaveLength(1);
    expect(next.data.tasks.edges[0].node.id).not.toBe(first.data.tasks.edges[0].node.id);
  });
});
