import { registerUser, TestApp } from '../../setup/test-app';

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
    consentTermsVersion: '2026-01',
    purposes: ['model-training'],
    retentionDays: 365,
    ...overrides,
  };
}

export async function requester(t: TestApp): Promise<string> {
  return (await registerUser(t, 'REQUESTER')).token;
}

export async function createTask(t: TestApp, token: string, overrides: Record<string, unknown> = {}) {
  const r = await t.gql(CREATE_TASK, { input: taskInput(overrides) }, token);
  if (r.errors) throw new Error(`createTask: ${JSON.stringify(r.errors)}`);
  return r.data.createTask as { id: string; budget: { amountMinor: number }; [k: string]: any };
}

export async function fundedOpenTask(t: TestApp, token: string, overrides: Record<string, unknown> = {}) {
  const task = await createTask(t, token, overrides);
  const f = await t.gql(FUND_TASK, { id: task.id, pm: 'pm_card_visa' }, token);
  if (f.errors || f.data.fundTask.status !== 'SUCCEEDED') throw new Error(`fund: ${JSON.stringify(f)}`);
  const p = await t.gql(PUBLISH, { id: task.id }, token);
  if (p.errors) throw new Error(`publish: ${JSON.stringify(p.errors)}`);
  return p.data.publishTask as { id: string; budget: { amountMinor: number }; [k: string]: any };
}

export async function ledgerEntries(t: TestApp, taskId: string) {
  return t.sql(
    `SELECT e.kind, e.idempotency_key, p.account, p.amount::bigint AS amount FROM ledger_entries e
     JOIN ledger_postings p ON p.entry_id = e.id WHERE e.reference = $1 AND p.amount > 0 ORDER BY e.created_at`,
    [`task:${taskId}`],
  );
}
