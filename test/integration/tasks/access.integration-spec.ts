import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { createTestApp, TestApp } from '../../setup/test-app';
import {
  ADMIN,
  ADMIN_ENV,
  contractor,
  CREATE_TASK,
  createTask,
  errorOf,
  fundedOpenTask,
  ledgerEntries,
  login,
  processorClient,
  requester,
  TASK,
  TASK_MUTATIONS,
  TASKS,
  taskFootprint,
  taskInput,
  transition,
  type TasksData,
} from './tasks-helpers';

type Which = 'DRAFT' | 'OPEN';
const BOTH_STATES: Which[] = ['DRAFT', 'OPEN'];

/**
 * Who may see and act on a task: the owning organisation's requesters and admins act; another
 * organisation cannot even tell the task exists (NOT_FOUND); contractors see OPEN tasks only and
 * never act; nobody anonymous gets anything. Every refusal leaves the task, its fundings, its
 * ledger entries and the processor exactly as they were.
 */ interface TaskQueryData {
  task: { id: string; status: string };
}
/** A transition mutation's result, keyed by the mutation's name. */
type TransitionData = Record<string, { status: string; [k: string]: unknown }>;

describe('task access by organisation and role', () => {
  let t: TestApp;
  let stripe: Stripe;
  let owner: string;
  let other: string;
  let worker: string;
  let admin: string;
  const tasks = {} as Record<Which, { id: string }>;

  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    stripe = processorClient(t);
    [owner, other, worker, admin] = await Promise.all([
      requester(t),
      requester(t),
      contractor(t),
      login(t, ADMIN.email, ADMIN.password),
    ]);
    tasks.DRAFT = await createTask(t, owner);
    tasks.OPEN = await fundedOpenTask(t, owner);
    await t.stripe.flushWebhooks();
  });
  afterAll(() => t.close());

  const cases = TASK_MUTATIONS.flatMap((m) => BOTH_STATES.map((which) => ({ ...m, which })));

  describe('a requester of another organisation', () => {
    it.each(cases)(
      "gets NOT_FOUND on $name of the other organisation's $which task, and nothing changes",
      async (m) => {
        const id = tasks[m.which].id;
        const before = await taskFootprint(t, stripe, id);
        const r = await t.gql(m.doc, m.vars(id), other);
        expect(r.data).toBeNull();
        expect(errorOf(r)).toMatchObject({ code: 'NOT_FOUND', reason: 'TASK_NOT_FOUND' });
        await t.stripe.flushWebhooks();
        expect(await taskFootprint(t, stripe, id)).toEqual(before);
        expect(before.task).toMatchObject({ status: m.which });
      },
    );

    it.each(BOTH_STATES)("gets NOT_FOUND on task(id) of the other organisation's %s task", async (which) => {
      const r = await t.gql<TaskQueryData>(TASK, { id: tasks[which].id }, other);
      expect(r.data).toBeNull();
      expect(errorOf(r)).toMatchObject({ code: 'NOT_FOUND', reason: 'TASK_NOT_FOUND' });
    });

    it('gets the same answer as for a task that does not exist, so ids leak nothing', async () => {
      const missing = randomUUID();
      const strip = ({ id: _id, ...rest }: Record<string, unknown>) => rest;
      for (const which of BOTH_STATES) {
        const theirs = errorOf(await t.gql<TaskQueryData>(TASK, { id: tasks[which].id }, other));
        const none = errorOf(await t.gql<TaskQueryData>(TASK, { id: missing }, other));
        expect(strip(theirs)).toEqual(strip(none));
      }
    });

    it('does not find them in tasks', async () => {
      const r = await t.gql<TasksData>(TASKS, { first: 100 }, other);
      expect(r.errors).toBeUndefined();
      expect(r.data.tasks.totalCount).toBe(0);
      expect(r.data.tasks.edges).toEqual([]);
    });

    it('while the owner sees both (the refusals above are about the caller, not the task)', async () => {
      for (const which of BOTH_STATES) {
        const r = await t.gql<TaskQueryData>(TASK, { id: tasks[which].id }, owner);
        expect(r.data.task).toMatchObject({ id: tasks[which].id, status: which });
      }
    });
  });

  describe('a contractor', () => {
    it('sees an OPEN task through task(id) and tasks, but not the DRAFT', async () => {
      const one = await t.gql<TaskQueryData>(TASK, { id: tasks.OPEN.id }, worker);
      expect(one.errors).toBeUndefined();
      expect(one.data.task).toMatchObject({ id: tasks.OPEN.id, status: 'OPEN' });
      const list = await t.gql<TasksData>(TASKS, { first: 100 }, worker);
      const ids = list.data.tasks.edges.map((e) => e.node.id);
      expect(ids).toContain(tasks.OPEN.id);
      expect(ids).not.toContain(tasks.DRAFT.id);
    });

    it('gets NOT_FOUND for a DRAFT task', async () => {
      const r = await t.gql<TaskQueryData>(TASK, { id: tasks.DRAFT.id }, worker);
      expect(r.data).toBeNull();
      expect(errorOf(r)).toMatchObject({ code: 'NOT_FOUND', reason: 'TASK_NOT_FOUND' });
    });

    it.each(cases)(
      "gets FORBIDDEN on $name of an organisation's $which task, and nothing changes",
      async (m) => {
        const id = tasks[m.which].id;
        const before = await taskFootprint(t, stripe, id);
        const r = await t.gql(m.doc, m.vars(id), worker);
        expect(r.data).toBeNull();
        expect(errorOf(r)).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
        await t.stripe.flushWebhooks();
        expect(await taskFootprint(t, stripe, id)).toEqual(before);
      },
    );

    it('cannot create a task: FORBIDDEN and no row written', async () => {
      const [before] = await t.sql(`SELECT count(*)::int AS n FROM tasks`);
      const r = await t.gql(CREATE_TASK, { input: taskInput() }, worker);
      expect(r.data).toBeNull();
      expect(errorOf(r)).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
      expect(await t.sql(`SELECT count(*)::int AS n FROM tasks`)).toEqual([before]);
    });
  });

  describe('an anonymous caller', () => {
    it.each(cases)(
      "gets UNAUTHENTICATED on $name of an organisation's $which task, and nothing changes",
      async (m) => {
        const id = tasks[m.which].id;
        const before = await taskFootprint(t, stripe, id);
        const r = await t.gql(m.doc, m.vars(id));
        expect(r.data).toBeNull();
        expect(errorOf(r).code).toBe('UNAUTHENTICATED');
        expect(await taskFootprint(t, stripe, id)).toEqual(before);
      },
    );

    it('gets UNAUTHENTICATED on task, tasks and createTask', async () => {
      const [before] = await t.sql(`SELECT count(*)::int AS n FROM tasks`);
      for (const r of [
        await t.gql<TaskQueryData>(TASK, { id: tasks.OPEN.id }),
        await t.gql<TasksData>(TASKS, { first: 10 }),
        await t.gql(CREATE_TASK, { input: taskInput() }),
      ]) {
        expect(r.data).toBeNull();
        expect(errorOf(r).code).toBe('UNAUTHENTICATED');
      }
      expect(await t.sql(`SELECT count(*)::int AS n FROM tasks`)).toEqual([before]);
    });
  });

  describe('an admin', () => {
    it("pauses, resumes and closes another organisation's task, returning its escrow", async () => {
      const task = await fundedOpenTask(t, owner, { slots: 2 });
      const paused = await t.gql<TransitionData>(transition('pauseTask'), { id: task.id }, admin);
      expect(paused.data.pauseTask.status).toBe('PAUSED');
      const resumed = await t.gql<TransitionData>(transition('resumeTask'), { id: task.id }, admin);
      expect(resumed.data.resumeTask.status).toBe('OPEN');
      const closed = await t.gql<TransitionData>(transition('closeTask'), { id: task.id }, admin);
      expect(closed.data.closeTask).toMatchObject({ status: 'CLOSED', escrowBalance: { amountMinor: 0 } });
      expect((await ledgerEntries(t, task.id)).map((e) => [e.kind, e.amount])).toEqual([
        ['TASK_FUNDED', '4800'],
        ['ESCROW_REFUNDED', '4800'],
      ]);
      // The owner still sees it, with the admin's change.
      const seen = await t.gql<TaskQueryData>(TASK, { id: task.id }, owner);
      expect(seen.data.task.status).toBe('CLOSED');
    });

    it("pauses and cancels another organisation's task", async () => {
      const task = await fundedOpenTask(t, owner, { slots: 1 });
      const paused = await t.gql<TransitionData>(transition('pauseTask'), { id: task.id }, admin);
      expect(paused.data.pauseTask.status).toBe('PAUSED');
      const cancelled = await t.gql<TransitionData>(transition('cancelTask'), { id: task.id }, admin);
      expect(cancelled.data.cancelTask).toMatchObject({
        status: 'CANCELLED',
        escrowBalance: { amountMinor: 0 },
      });
    });

    it('sees every task, drafts of any organisation included', async () => {
      for (const which of BOTH_STATES) {
        const r = await t.gql<TaskQueryData>(TASK, { id: tasks[which].id }, admin);
        expect(r.data.task).toMatchObject({ id: tasks[which].id, status: which });
      }
      const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM tasks`);
      const list = await t.gql<TasksData>(TASKS, { first: 100 }, admin);
      expect(list.data.tasks.totalCount).toBe(n);
    });

    it('cannot create a task: only requesters of an organisation do', async () => {
      const [before] = await t.sql(`SELECT count(*)::int AS n FROM tasks`);
      const r = await t.gql(CREATE_TASK, { input: taskInput() }, admin);
      expect(r.data).toBeNull();
      expect(errorOf(r)).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
      expect(await t.sql(`SELECT count(*)::int AS n FROM tasks`)).toEqual([before]);
    });
  });
});
