import Stripe from 'stripe';
import { GqlResult, PASSWORD, registerUser, TestApp, uniqueEmail } from '../../setup/test-app';

export const TASK_FIELDS = `id status title slots slotsRemaining funded rateTableVersion priceLocked
  pricePerSample { amountMinor currency } platformFee { amountMinor currency }
  requesterCost { amountMinor currency } budget { amountMinor currency } escrowBalance { amountMinor currency }`;

export const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${TASK_FIELDS} } }`;
export const FUND_TASK = `mutation($id: ID!, $pm: String!) { fundTask(taskId: $id, paymentMethod: $pm) {
  id status amount { amountMinor currency } failureReason failureCode } }`;
export const PUBLISH = `mutation($id: ID!) { publishTask(taskId: $id) { ${TASK_FIELDS} } }`;
export const transition = (name: string) => `mutation($id: ID!) { ${name}(taskId: $id) { ${TASK_FIELDS} } }`;

export function taskInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Real customer support replies',
    instructions: 'Paste one reply you wrote to a customer last month.',
    professionCode: '43-4051',
    artifactKind: 'SUPPORT_REPLY',
    tier: 'STANDARD',
    currency: 'USD',
    slots: 3,
    consentTermsVersion: '2026-11',
    purposes: ['model-training'],
    retentionDays: 365,
    ...overrides,
  };
}

/** A task as the helpers' queries return it: what tests read beyond id and budget is unknown. */
export interface TaskData {
  id: string;
  budget: { amountMinor: number };
  requesterCost: { amountMinor: number };
  pricePerSample: { amountMinor: number };
  [k: string]: unknown;
}

/** The tasks query's result, as far as tests read it. */
export interface TasksData {
  tasks: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; [k: string]: unknown } }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

/** A task mutation's result (fundTask, publishTask, transitions), keyed by the mutation's name. */
export type MutationData = Record<string, { id: string; status: string; [k: string]: unknown }>;

/** fundTask's result. */
export interface FundData {
  fundTask: { id: string; status: string; failureReason: string | null; failureCode: string | null };
}

export async function requester(t: TestApp): Promise<string> {
  return (await registerUser(t, 'REQUESTER')).token;
}

export async function createTask(t: TestApp, token: string, overrides: Record<string, unknown> = {}) {
  const r = await t.gql<{ createTask: TaskData }>(CREATE_TASK, { input: taskInput(overrides) }, token);
  if (r.errors) throw new Error(`createTask: ${JSON.stringify(r.errors)}`);
  return r.data.createTask;
}

export async function fundedOpenTask(t: TestApp, token: string, overrides: Record<string, unknown> = {}) {
  const task = await createTask(t, token, overrides);
  const f = await t.gql<FundData>(FUND_TASK, { id: task.id, pm: 'pm_card_visa' }, token);
  if (f.errors || f.data.fundTask.status !== 'SUCCEEDED') throw new Error(`fund: ${JSON.stringify(f)}`);
  const p = await t.gql<{ publishTask: TaskData }>(PUBLISH, { id: task.id }, token);
  if (p.errors) throw new Error(`publish: ${JSON.stringify(p.errors)}`);
  return p.data.publishTask;
}

export async function ledgerEntries(t: TestApp, taskId: string) {
  return t.sql(
    `SELECT e.kind, e.idempotency_key, p.account, p.amount::bigint AS amount FROM ledger_entries e
     JOIN ledger_postings p ON p.entry_id = e.id WHERE e.reference = $1 AND p.amount > 0 ORDER BY e.created_at`,
    [`task:${taskId}`],
  );
}

// ---- Added for the access, validation, listing, concurrency and property specs ----

export const ADMIN = { email: 'root@fairsample.test', password: 'admin-password-123' };
export const ADMIN_ENV = { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };

export const TASK = `query($id: ID!) { task(id: $id) { ${TASK_FIELDS} } }`;
export const TASKS = `query($first: Int, $after: String, $status: TaskStatus) {
  tasks(first: $first, after: $after, status: $status) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status createdAt } }
  }
}`;

/** The mutations that act on one task, by name, with the variables each needs. */
export const TASK_MUTATIONS = [
  { name: 'fundTask', doc: FUND_TASK, vars: (id: string) => ({ id, pm: 'pm_card_visa' }) },
  { name: 'publishTask', doc: PUBLISH, vars: (id: string) => ({ id }) },
  { name: 'pauseTask', doc: transition('pauseTask'), vars: (id: string) => ({ id }) },
  { name: 'resumeTask', doc: transition('resumeTask'), vars: (id: string) => ({ id }) },
  { name: 'closeTask', doc: transition('closeTask'), vars: (id: string) => ({ id }) },
  { name: 'cancelTask', doc: transition('cancelTask'), vars: (id: string) => ({ id }) },
] as const;

export type GqlExtensions = NonNullable<GqlResult['errors']>[number]['extensions'];

/** The extensions of the first error; throws (failing the test) when the call did not fail. */
export function errorOf(r: GqlResult): GqlExtensions {
  const first = r.errors?.[0];
  if (!first) throw new Error(`expected an error, got ${JSON.stringify(r.data)}`);
  return first.extensions;
}

/** Every field an input error names: `extensions.field` and `extensions.fields[].field`. */
export function namedFields(ext: GqlExtensions): string[] {
  const list = Array.isArray(ext.fields) ? (ext.fields as { field: string }[]).map((f) => f.field) : [];
  return typeof ext.field === 'string' ? [ext.field, ...list] : list;
}

export async function login(t: TestApp, email: string, password: string): Promise<string> {
  const r = await t.gql<{ login: { token: string } }>(
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
    {
      e: email,
      p: password,
    },
  );
  if (r.errors) throw new Error(`login failed: ${JSON.stringify(r.errors)}`);
  return r.data.login.token;
}

/** A platform staff member (FINANCE, REVIEWER, ADMIN) created by the admin, signed in. */
export async function staffToken(
  t: TestApp,
  adminToken: string,
  role: 'FINANCE' | 'REVIEWER' | 'ADMIN',
): Promise<string> {
  const email = uniqueEmail(role.toLowerCase());
  const r = await t.gql(
    `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    { input: { email, password: PASSWORD, displayName: `${role} user`, role } },
    adminToken,
  );
  if (r.errors) throw new Error(`createUser failed: ${JSON.stringify(r.errors)}`);
  return login(t, email, PASSWORD);
}

export async function contractor(t: TestApp): Promise<string> {
  return (await registerUser(t, 'CONTRACTOR')).token;
}

/** Funds an existing draft with a card that succeeds and publishes it. */
export async function fundAndPublish(t: TestApp, token: string, taskId: string): Promise<void> {
  const f = await t.gql<FundData>(FUND_TASK, { id: taskId, pm: 'pm_card_visa' }, token);
  if (f.errors || f.data.fundTask.status !== 'SUCCEEDED') throw new Error(`fund: ${JSON.stringify(f)}`);
  const p = await t.gql(PUBLISH, { id: taskId }, token);
  if (p.errors) throw new Error(`publish: ${JSON.stringify(p.errors)}`);
}

/** The task's escrow balance from the maintained balances (0 when nothing was ever posted). */
export async function escrowOf(t: TestApp, taskId: string): Promise<bigint> {
  const rows = await t.sql<{ balance: string }>(
    `SELECT balance::text AS balance FROM ledger_balances WHERE account LIKE $1`,
    [`org:%:escrow:task:${taskId}`],
  );
  return rows.reduce((sum, r) => sum + BigInt(r.balance), 0n);
}

/** An SDK client of the test's own emulator, to read what the processor did. */
export function processorClient(t: TestApp): Stripe {
  return new Stripe('sk_test_x', { ...t.stripe.stripeConfig(), maxNetworkRetries: 0 });
}

/** PaymentIntents the app created for a task (the emulator lists them all; metadata names the task). */
export async function paymentIntentsOf(stripe: Stripe, taskId: string): Promise<Stripe.PaymentIntent[]> {
  const all = await stripe.paymentIntents.list({ limit: 100 }).autoPagingToArray({ limit: 10_000 });
  return all.filter((pi) => pi.metadata?.task_id === taskId);
}

/**
 * Everything a refused call must leave unchanged: the task row's status, its fundings, its ledger
 * entries, its escrow refunds and the PaymentIntents at the processor.
 */
export async function taskFootprint(t: TestApp, stripe: Stripe, taskId: string) {
  const [row] = await t.sql(`SELECT status, updated_at FROM tasks WHERE id = $1`, [taskId]);
  return {
    task: row as unknown,
    fundings: await t.sql(`SELECT id, status, amount, refunded_amount FROM fundings WHERE task_id = $1`, [
      taskId,
    ]),
    entries: await t.sql(`SELECT id, kind FROM ledger_entries WHERE reference = $1 ORDER BY id`, [
      `task:${taskId}`,
    ]),
    refunds: await t.sql(`SELECT id, status FROM escrow_refunds WHERE task_id = $1`, [taskId]),
    escrow: (await escrowOf(t, taskId)).toString(),
    paymentIntents: (await paymentIntentsOf(stripe, taskId)).map((pi) => pi.id),
  };
}
