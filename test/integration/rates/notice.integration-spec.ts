import { createTestApp, TestApp } from '../../setup/test-app';
import { expectBalanced, ok } from '../matching/matching-helpers';
import { REVIEW, submittedTask } from '../submissions/submissions-helpers';
import { createTask, fundedOpenTask, requester, TASK, type TaskData } from '../tasks/tasks-helpers';
import { ADMIN_ENV, adminToken, counts, quote, row, type Row } from './rates-helpers';

const DAY_MS = 24 * 3600 * 1000;

interface TableData {
  version: string;
  publishedAt: string;
  effectiveFrom: string;
  status: 'CURRENT' | 'SCHEDULED' | 'SUPERSEDED';
}
const TABLE_FIELDS = 'version publishedAt effectiveFrom status';
const PUBLISH = `mutation($input: RateTableInput!) { publishRateTable(input: $input) { ${TABLE_FIELDS} } }`;
const TABLES = `{ rateTables { ${TABLE_FIELDS} } }`;

/** 43-4051 support replies (the tasks helpers' default) fall back to these 43-0000 rows. */
const reply = (baseAmountMinor: number, estimatedMinutes = 30): Row =>
  row({ artifactKind: 'SUPPORT_REPLY', baseAmountMinor, estimatedMinutes });
const email = (baseAmountMinor: number, estimatedMinutes = 30): Row =>
  row({ artifactKind: 'EMAIL', baseAmountMinor, estimatedMinutes });

/**
 * Pay cuts take effect for new tasks only after the notice period (14 days by default); raises at
 * once. Tests run in order, each starting from the tables the one before left in effect.
 */
describe('rates: a pay cut needs notice', () => {
  let t: TestApp;
  let admin: string;
  let req: string;
  const publish = async (version: string, rows: Row[], hourlyFloorMinor = 1500) =>
    ok(
      await t.gql<{ publishRateTable: TableData }>(
        PUBLISH,
        { input: { version, hourlyFloorMinor, platformFeeBasisPoints: 2000, rows } },
        admin,
      ),
    ).publishRateTable;
  const statuses = async () =>
    Object.fromEntries(
      ok(await t.gql<{ rateTables: TableData[] }>(TABLES, {}, req)).rateTables.map((x) => [
        x.version,
        x.status,
      ]),
    );
  const replyPrice = async () =>
    ok(await quote(t, req, '43-4051', 'SUPPORT_REPLY', 'STANDARD', 'USD')).rateQuote.pricePerSample
      .amountMinor;
  /**
   * Fifteen days pass for the rate tables: every publication and effective date moves back. The
   * tables are immutable once published, so their trigger is off for this one statement.
   */
  const passNotice = async () => {
    await t.sql(`ALTER TABLE rate_tables DISABLE TRIGGER rate_tables_immutable`);
    try {
      await t.sql(
        `UPDATE rate_tables SET published_at = published_at - interval '15 days',
           effective_from = effective_from - interval '15 days' WHERE published_at IS NOT NULL`,
      );
    } finally {
      await t.sql(`ALTER TABLE rate_tables ENABLE TRIGGER rate_tables_immutable`);
    }
  };

  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await adminToken(t);
    req = await requester(t);
  });
  afterAll(() => t.close());

  let lockedTask: TaskData;
  let lockedSample: { submissionId: string; contractorId: string; owner: string };

  it('applies a raise at once', async () => {
    expect(await replyPrice()).toBe(2000); // the seed table 2026.1
    const raise = await publish('raise', [reply(2100), email(2000)]);
    expect(raise.status).toBe('CURRENT');
    expect(raise.effectiveFrom).toBe(raise.publishedAt);
    expect(await replyPrice()).toBe(2100);
    expect(await statuses()).toEqual({ raise: 'CURRENT', '2026.1': 'SUPERSEDED' });
    // Work priced before the cut below: a task published now, with one sample awaiting review.
    const { task, submissions, contractors, req: owner } = await submittedTask(t, 1);
    lockedTask = task;
    lockedSample = { submissionId: submissions[0].id, contractorId: contractors[0].id, owner };
    expect(lockedTask.pricePerSample.amountMinor).toBe(2100);
  }, 60_000);

  it('schedules a cut 14 days out; quotes and new tasks keep the old price until then', async () => {
    const cut = await publish('cut', [reply(1900), email(2000)]);
    expect(cut.status).toBe('SCHEDULED');
    expect(Date.parse(cut.effectiveFrom) - Date.parse(cut.publishedAt)).toBe(14 * DAY_MS);
    expect(await statuses()).toEqual({ cut: 'SCHEDULED', raise: 'CURRENT', '2026.1': 'SUPERSEDED' });

    expect(await replyPrice()).toBe(2100);
    const draft = await createTask(t, req);
    expect(draft).toMatchObject({ pricePerSample: { amountMinor: 2100 }, rateTableVersion: 'raise' });
    // publishing locks the price from the table in effect, not the scheduled one
    const published = await fundedOpenTask(t, req);
    expect(published).toMatchObject({ pricePerSample: { amountMinor: 2100 }, rateTableVersion: 'raise' });

    await passNotice();
    expect(await statuses()).toEqual({ cut: 'CURRENT', raise: 'SUPERSEDED', '2026.1': 'SUPERSEDED' });
    expect(await replyPrice()).toBe(1900);
    expect(await createTask(t, req)).toMatchObject({
      pricePerSample: { amountMinor: 1900 },
      rateTableVersion: 'cut',
    });
    // a draft follows the table in effect until it is published
    const repriced = await fundedOpenTask(t, req);
    expect(repriced.pricePerSample.amountMinor).toBe(1900);
  }, 60_000);

  it('keeps the locked price of a task published before the cut, and pays it', async () => {
    const task = ok(await t.gql<{ task: TaskData }>(TASK, { id: lockedTask.id }, lockedSample.owner)).task;
    expect(task).toMatchObject({
      pricePerSample: { amountMinor: 2100 },
      requesterCost: { amountMinor: 2520 },
      rateTableVersion: 'raise',
    });
    const accepted = ok(
      await t.gql<{ reviewSubmission: { status: string; reward: { amountMinor: number } } }>(
        REVIEW,
        { input: { submissionId: lockedSample.submissionId, decision: 'ACCEPT' } },
        lockedSample.owner,
      ),
    ).reviewSubmission;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', reward: { amountMinor: 2100 } });
    const [paid] = await t.sql<{ amount: string }>(
      `SELECT p.amount::text AS amount FROM ledger_postings p JOIN ledger_entries e ON e.id = p.entry_id
       WHERE e.idempotency_key = $1 AND p.account = $2`,
      [`accept:${lockedSample.submissionId}`, `contractor:${lockedSample.contractorId}:payable`],
    );
    expect(paid.amount).toBe('2100');
    await expectBalanced(t);
  }, 60_000);

  it('counts a mixed table (one row up, one down) and longer estimates as cuts', async () => {
    const mixed = await publish('mixed', [reply(2500), email(1999)]);
    expect(mixed.status).toBe('SCHEDULED');
    const slower = await publish('slower', [reply(1900, 31), email(2000)]);
    expect(slower.status).toBe('SCHEDULED');
    expect(Date.parse(slower.effectiveFrom) - Date.parse(slower.publishedAt)).toBe(14 * DAY_MS);
    // the raise half of the mixed table waits with its cut
    expect(await replyPrice()).toBe(1900);
  });

  it('lets a later raise replace cuts still under notice', async () => {
    const raise = await publish('raise-2', [reply(1950), email(2000)]);
    expect(raise.status).toBe('CURRENT');
    expect(await replyPrice()).toBe(1950);
    expect(await statuses()).toMatchObject({
      mixed: 'SUPERSEDED',
      slower: 'SUPERSEDED',
      'raise-2': 'CURRENT',
    });
    // …even once their notice has passed: the last published table in effect prices new tasks
    await passNotice();
    expect(await replyPrice()).toBe(1950);
  });

  it('still refuses a cut below the hourly floor, and schedules one exactly at it', async () => {
    const before = await counts(t);
    const refused = await t.gql(
      PUBLISH,
      {
        input: {
          version: 'too-low',
          hourlyFloorMinor: 1500,
          platformFeeBasisPoints: 2000,
          rows: [reply(749, 30)],
        },
      },
      admin,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'BELOW_HOURLY_FLOOR',
    });
    expect(await counts(t)).toEqual(before);
    const atFloor = await publish('at-floor', [reply(750, 30)]);
    expect(atFloor.status).toBe('SCHEDULED');
    expect(await replyPrice()).toBe(1950);
  });

  it('has the database refuse an effective date before the publication', async () => {
    await t.sql(`ALTER TABLE rate_tables DISABLE TRIGGER rate_tables_immutable`);
    try {
      await expect(
        t.sql(
          `UPDATE rate_tables SET effective_from = published_at - interval '1 second' WHERE version = 'cut'`,
        ),
      ).rejects.toThrow(/rate_tables_effective_after_publish/);
      await expect(
        t.sql(`UPDATE rate_tables SET effective_from = NULL WHERE version = 'cut'`),
      ).rejects.toThrow(/rate_tables_effective_after_publish/);
    } finally {
      await t.sql(`ALTER TABLE rate_tables ENABLE TRIGGER rate_tables_immutable`);
    }
  });
});
