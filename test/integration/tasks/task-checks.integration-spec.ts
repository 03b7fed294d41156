import { createTestApp, TestApp } from '../../setup/test-app';
import {
  ADMIN,
  ADMIN_ENV,
  createTask,
  FUND_TASK,
  fundedOpenTask,
  login,
  requester,
  transition,
  type FundData,
} from './tasks-helpers';

/**
 * The database itself refuses task, funding, refund and processor-event rows that break the
 * rules, whoever writes them: each bad write below fails with check_violation (23514) naming its
 * constraint, and the row stays as it was.
 */
describe('task tables: CHECK constraints', () => {
  let t: TestApp;
  let draftId: string;
  let openId: string;
  let cancelledDraftId: string;
  let fundingId: string;
  let refundId: string;

  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    const owner = await requester(t);
    draftId = (await createTask(t, owner)).id;
    openId = (await fundedOpenTask(t, owner)).id;
    cancelledDraftId = (await createTask(t, owner)).id;
    const failed = await t.gql<FundData>(
      FUND_TASK,
      { id: cancelledDraftId, pm: 'pm_card_chargeDeclined' },
      owner,
    );
    if (failed.data?.fundTask.status !== 'FAILED')
      throw new Error(`expected a failed funding: ${JSON.stringify(failed)}`);
    fundingId = failed.data.fundTask.id;
    const admin = await login(t, ADMIN.email, ADMIN.password);
    const closed = (await fundedOpenTask(t, owner)).id;
    const c = await t.gql(transition('closeTask'), { id: closed }, admin);
    if (c.errors) throw new Error(`close: ${JSON.stringify(c.errors)}`);
    await t.stripe.flushWebhooks();
    [{ id: refundId }] = await t.sql(`SELECT id FROM escrow_refunds WHERE task_id = $1`, [closed]);
    await t.sql(
      `INSERT INTO processor_events (id, type, payload) VALUES ('evt_checks_test', 'test.event', '{}')`,
    );
  });
  afterAll(() => t.close());

  const TASK = (id: () => string) => ({ table: 'tasks', id });
  const cases: { constraint: string; set: string; row: () => { table: string; id: () => string } }[] = [
    // From the tasks migration itself (the multi-column ones renamed by 1764160005000).
    {
      constraint: 'tasks_slots_check',
      set: `slots = 100001`,
      row: () => TASK(() => draftId),
    },
    {
      constraint: 'tasks_max_per_contractor_range',
      set: `max_per_contractor = slots + 1`,
      row: () => TASK(() => draftId),
    },
    {
      constraint: 'tasks_slots_remaining_range',
      set: `slots_remaining = slots + 1`,
      row: () => TASK(() => draftId),
    },
    {
      constraint: 'tasks_platform_fee_check',
      set: `platform_fee = -1, requester_cost = price_per_sample - 1`,
      row: () => TASK(() => draftId),
    },
    {
      constraint: 'tasks_price_per_sample_check',
      set: `price_per_sample = 0, requester_cost = platform_fee`,
      row: () => TASK(() => draftId),
    },
    {
      constraint: 'tasks_requester_cost_sum',
      set: `requester_cost = requester_cost + 1`,
      row: () => TASK(() => draftId),
    },
    { constraint: 'tasks_status_check', set: `status = 'ARCHIVED'`, row: () => TASK(() => openId) },
    {
      constraint: 'tasks_claim_time_limit_minutes_check',
      set: `claim_time_limit_minutes = 0`,
      row: () => TASK(() => draftId),
    },
    {
      constraint: 'tasks_review_window_hours_check',
      set: `review_window_hours = 0`,
      row: () => TASK(() => draftId),
    },
    { constraint: 'tasks_retention_days_check', set: `retention_days = 0`, row: () => TASK(() => draftId) },
    // Added by 1764160005000-task-checks.
    {
      constraint: 'tasks_artifact_kind_known',
      set: `artifact_kind = 'PODCAST'`,
      row: () => TASK(() => draftId),
    },
    { constraint: 'tasks_currency_format', set: `currency = 'usd'`, row: () => TASK(() => draftId) },
    {
      constraint: 'tasks_estimated_minutes_range',
      set: `estimated_minutes = 0`,
      row: () => TASK(() => draftId),
    },
    {
      constraint: 'tasks_consent_terms_version_format',
      set: `consent_terms_version = ''`,
      row: () => TASK(() => draftId),
    },
    {
      constraint: 'tasks_rate_table_version_format',
      set: `rate_table_version = 'a b'`,
      row: () => TASK(() => draftId),
    },
    { constraint: 'tasks_purposes_listed', set: `purposes = '{}'`, row: () => TASK(() => draftId) },
    { constraint: 'tasks_purposes_listed', set: `purposes = '{""}'`, row: () => TASK(() => draftId) },
    { constraint: 'tasks_eligibility_object', set: `eligibility = '[]'`, row: () => TASK(() => draftId) },
    {
      constraint: 'tasks_published_unless_draft',
      set: `published_at = now()`,
      row: () => TASK(() => draftId),
    },
    { constraint: 'tasks_published_unless_draft', set: `published_at = NULL`, row: () => TASK(() => openId) },
    { constraint: 'tasks_ended_when_final', set: `ended_at = now()`, row: () => TASK(() => openId) },
    { constraint: 'tasks_ended_when_final', set: `status = 'CLOSED'`, row: () => TASK(() => openId) },
    {
      constraint: 'fundings_currency_format',
      set: `currency = 'US'`,
      row: () => ({ table: 'fundings', id: () => fundingId }),
    },
    {
      constraint: 'fundings_payment_method_present',
      set: `payment_method = ''`,
      row: () => ({ table: 'fundings', id: () => fundingId }),
    },
    {
      constraint: 'fundings_refund_of_succeeded',
      set: `refunded_amount = 1`,
      row: () => ({ table: 'fundings', id: () => fundingId }),
    },
    {
      constraint: 'escrow_refunds_currency_format',
      set: `currency = '123'`,
      row: () => ({ table: 'escrow_refunds', id: () => refundId }),
    },
    {
      constraint: 'escrow_refunds_reason_present',
      set: `reason = ''`,
      row: () => ({ table: 'escrow_refunds', id: () => refundId }),
    },
    {
      constraint: 'processor_events_attempts_non_negative',
      set: `attempts = -1`,
      row: () => ({ table: 'processor_events', id: () => 'evt_checks_test' }),
    },
  ];

  it.each(cases)('$constraint refuses SET $set', async ({ constraint, set, row }) => {
    const { table, id } = row();
    const before = await t.sql(`SELECT * FROM ${table} WHERE id = $1`, [id()]);
    expect(before).toHaveLength(1);
    await expect(t.sql(`UPDATE ${table} SET ${set} WHERE id = $1`, [id()])).rejects.toMatchObject({
      code: '23514',
      constraint,
    });
    expect(await t.sql(`SELECT * FROM ${table} WHERE id = $1`, [id()])).toEqual(before);
  });

  it('accepts the rows the application writes (the fixtures above exist in every state)', async () => {
    const rows = await t.sql(
      `SELECT status, published_at IS NOT NULL AS published, ended_at IS NOT NULL AS ended
      FROM tasks WHERE id = ANY($1) ORDER BY status`,
      [[draftId, openId]],
    );
    expect(rows).toEqual([
      { status: 'DRAFT', published: false, ended: false },
      { status: 'OPEN', published: true, ended: false },
    ]);
    const [refund] = await t.sql(
      `SELECT t.status, t.ended_at IS NOT NULL AS ended FROM escrow_refunds r JOIN tasks t ON t.id = r.task_id WHERE r.id = $1`,
      [refundId],
    );
    expect(refund).toEqual({ status: 'CLOSED', ended: true });
  });
});
