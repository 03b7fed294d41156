import { createTestApp, registerUser, TestApp } from '../../setup/test-app';
import { ADMIN, ADMIN_ENV, createTask, FUND_TASK, login, PUBLISH, transition } from '../tasks/tasks-helpers';
import { AUDIT_LOG, AuditLogData, VERIFY, VerifyData } from './audit-helpers';

type Json = Record<string, unknown>;
interface AuditRow {
  action: string;
  actor_type: string;
  actor_user_id: string | null;
  actor_role: string | null;
  before: Json | null;
  after: Json;
  metadata: Json | null;
}

/** An asymmetric matcher typed as what it is to the reader: a value to compare against. */
const containing = (expected: Json): unknown => expect.objectContaining(expected);

/** A task's life cycle leaves one audit row per change, with who, before and after, and no content. */
describe('audit log: task life cycle', () => {
  let t: TestApp;
  let admin: string;
  let owner: { token: string; id: string; email: string };
  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await login(t, ADMIN.email, ADMIN.password);
    owner = await registerUser(t, 'REQUESTER');
  });
  afterAll(() => t.close());

  const taskRows = (taskId: string) =>
    t.sql<AuditRow>(
      `SELECT action, actor_type, actor_user_id, actor_role, before, after, metadata FROM audit_log
       WHERE subject_type = 'task' AND subject_id = $1 ORDER BY id`,
      [taskId],
    );
  const ledgerRows = (taskId: string) =>
    t.sql<{ kind: string; subject_id: string }>(
      `SELECT after->>'kind' AS kind, subject_id FROM audit_log
       WHERE action = 'ledger.entry_posted' AND after->>'reference' = $1 ORDER BY id`,
      [`task:${taskId}`],
    );
  const ok = async <T = unknown>(doc: string, vars: Record<string, unknown>, token: string): Promise<T> => {
    const r = await t.gql<T>(doc, vars, token);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };

  it('records create, funding, publish, pause (by an admin), resume and close, with the ledger entries', async () => {
    const task = await createTask(t, owner.token, { slots: 2 });
    await ok(FUND_TASK, { id: task.id, pm: 'pm_card_visa' }, owner.token);
    await ok(PUBLISH, { id: task.id }, owner.token);
    await ok(transition('pauseTask'), { id: task.id }, admin);
    await ok(transition('resumeTask'), { id: task.id }, owner.token);
    await ok(transition('closeTask'), { id: task.id }, owner.token);

    const [{ id: adminId }] = await t.sql<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [
      ADMIN.email,
    ]);
    const byOwner = { actor_type: 'user', actor_user_id: owner.id, actor_role: 'REQUESTER' };
    const rows = await taskRows(task.id);
    expect(rows).toEqual([
      {
        ...byOwner,
        action: 'task.created',
        before: null,
        after: containing({
          status: 'DRAFT',
          slots: 2,
          currency: 'USD',
          professionCode: '43-4051',
        }),
        metadata: {},
      },
      {
        ...byOwner,
        action: 'task.funding_requested',
        before: null,
        after: null,
        metadata: { amount: String(task.budget.amountMinor), currency: 'USD' },
      },
      {
        ...byOwner,
        action: 'task.published',
        before: { status: 'DRAFT' },
        after: containing({ status: 'OPEN' }),
        metadata: {},
      },
      {
        actor_type: 'user',
        actor_user_id: adminId,
        actor_role: 'ADMIN',
        action: 'task.paused',
        before: { status: 'OPEN' },
        after: { status: 'PAUSED' },
        metadata: {},
      },
      {
        ...byOwner,
        action: 'task.resumed',
        before: { status: 'PAUSED' },
        after: { status: 'OPEN' },
        metadata: {},
      },
      {
        ...byOwner,
        action: 'task.closed',
        before: { status: 'OPEN' },
        after: { status: 'CLOSED' },
        metadata: {},
      },
    ]);
    const entries = await t.sql<{ id: string; kind: string }>(
      `SELECT id, kind FROM ledger_entries WHERE reference = $1 ORDER BY created_at`,
      [`task:${task.id}`],
    );
    expect(entries.map((e) => e.kind)).toEqual(['TASK_FUNDED', 'ESCROW_REFUNDED']);
    expect(await ledgerRows(task.id)).toEqual(entries.map((e) => ({ kind: e.kind, subject_id: e.id })));
  });

  it('records a draft cancelled, and nothing for a refused transition', async () => {
    const task = await createTask(t, owner.token);
    const refused = await t.gql(transition('pauseTask'), { id: task.id }, owner.token);
    expect(refused.errors?.[0].extensions.reason).toBe('INVALID_TRANSITION');
    const unfunded = await t.gql(PUBLISH, { id: task.id }, owner.token);
    expect(unfunded.errors?.[0].extensions.reason).toBe('NOT_FUNDED');
    await ok(transition('cancelTask'), { id: task.id }, owner.token);
    expect(
      (await taskRows(task.id)).map((r) => [r.action, r.before?.status ?? null, r.after.status]),
    ).toEqual([
      ['task.created', null, 'DRAFT'],
      ['task.cancelled', 'DRAFT', 'CANCELLED'],
    ]);
  });

  it('keeps personal data and content out of every row', async () => {
    const title = 'Replies from Jane Example at Acme';
    const instructions = 'Please paste a reply you wrote yourself.';
    const task = await createTask(t, owner.token, { title, instructions });
    await ok(transition('cancelTask'), { id: task.id }, owner.token);
    expect((await taskRows(task.id)).length).toBe(2);
    const leaks = await t.sql(
      `SELECT id FROM audit_log
       WHERE strpos(concat_ws(' ', before::text, after::text, metadata::text), $1) > 0
          OR strpos(concat_ws(' ', before::text, after::text, metadata::text), $2) > 0
          OR strpos(concat_ws(' ', before::text, after::text, metadata::text), $3) > 0
          OR strpos(concat_ws(' ', before::text, after::text, metadata::text), $4) > 0`,
      [owner.email, title, instructions, 'REQUESTER user'],
    );
    expect(leaks).toEqual([]);
  });

  it('lets an admin read a task history over GraphQL and verify the whole chain', async () => {
    const task = await createTask(t, owner.token);
    await ok(transition('cancelTask'), { id: task.id }, owner.token);
    const history = await ok<AuditLogData>(AUDIT_LOG, { type: 'task', id: task.id }, admin);
    expect(history.auditLog.edges.map((e) => [e.node.action, e.node.actorUserId])).toEqual([
      ['task.cancelled', owner.id],
      ['task.created', owner.id],
    ]);
    expect((await ok<VerifyData>(VERIFY, {}, admin)).verifyAuditLog).toMatchObject({
      ok: true,
      firstBrokenSequence: null,
    });
    const denied = await t.gql(VERIFY, {}, owner.token);
    expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
