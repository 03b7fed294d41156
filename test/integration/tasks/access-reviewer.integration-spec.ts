import { createTestApp, PASSWORD, TestApp, uniqueEmail } from '../../setup/test-app';
import {
  ADMIN,
  ADMIN_ENV,
  createTask,
  errorOf,
  fundedOpenTask,
  login,
  requester,
  staffToken,
  TASK,
  TASKS,
  type TasksData,
} from './tasks-helpers';

/**
 * Reviewers see what they review: one of an organisation sees that organisation's tasks; a
 * platform reviewer (no organisation) sees none until tasks can be assigned to reviewers.
 */
describe('task visibility of reviewers', () => {
  let t: TestApp;
  let admin: string;
  let owner: string;
  let orgId: string;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await login(t, ADMIN.email, ADMIN.password);
    owner = await requester(t);
    const other = await requester(t);
    ids.push((await createTask(t, owner)).id, (await fundedOpenTask(t, owner)).id);
    ids.push((await createTask(t, other)).id);
    await t.stripe.flushWebhooks();
    [{ organization_id: orgId }] = await t.sql(`SELECT organization_id FROM tasks WHERE id = $1`, [ids[0]]);
  });
  afterAll(() => t.close());

  it('a platform reviewer lists no tasks and gets NOT_FOUND on each, drafts and open alike', async () => {
    const reviewer = await staffToken(t, admin, 'REVIEWER');
    for (const status of [undefined, 'DRAFT', 'OPEN']) {
      const r = await t.gql<TasksData>(TASKS, { status }, reviewer);
      expect(r.errors).toBeUndefined();
      expect(r.data.tasks).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
    }
    for (const id of ids) {
      const r = await t.gql(TASK, { id }, reviewer);
      expect(r.data).toBeNull();
      expect(errorOf(r)).toMatchObject({ code: 'NOT_FOUND', reason: 'TASK_NOT_FOUND' });
    }
  });

  it("an organisation's reviewer sees that organisation's tasks only", async () => {
    const email = uniqueEmail('org-reviewer');
    const created = await t.gql(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          email,
          password: PASSWORD,
          displayName: 'Org reviewer',
          role: 'REVIEWER',
          organizationId: orgId,
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const reviewer = await login(t, email, PASSWORD);
    const r = await t.gql<TasksData>(TASKS, {}, reviewer);
    const seen = r.data.tasks.edges.map((e) => e.node.id).sort();
    expect(seen).toEqual([ids[0], ids[1]].sort());
    expect(errorOf(await t.gql(TASK, { id: ids[2] }, reviewer))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('finance staff still see every organisation', async () => {
    const finance = await staffToken(t, admin, 'FINANCE');
    const r = await t.gql<TasksData>(TASKS, {}, finance);
    expect(r.data.tasks.totalCount).toBe(3);
  });
});
