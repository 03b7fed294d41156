import { createTestApp, TestApp } from '../../setup/test-app';
import { counts } from './rates-helpers';

/** The database itself keeps published tables immutable, whatever the code does. */
describe('rates: published tables are immutable in the database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const seedRow = `(SELECT r.id FROM rate_rows r JOIN rate_tables t ON t.id = r.rate_table_id
                    WHERE t.version = '2026.1' ORDER BY r.id LIMIT 1)`;

  it.each([
    ['UPDATE a row', `UPDATE rate_rows SET base_amount_minor = 1 WHERE id = ${seedRow}`],
    ['DELETE a row', `DELETE FROM rate_rows WHERE id = ${seedRow}`],
    [
      'INSERT a row',
      `INSERT INTO rate_rows (rate_table_id, profession_code, artifact_kind, tier, currency, base_amount_minor, estimated_minutes)
       SELECT id, '23-1011', 'EMAIL', 'BASIC', 'USD', 100000, 15 FROM rate_tables WHERE version = '2026.1'`,
    ],
    ['UPDATE the table', `UPDATE rate_tables SET hourly_floor_minor = 0 WHERE version = '2026.1'`],
    ['un-publish the table', `UPDATE rate_tables SET published_at = NULL WHERE version = '2026.1'`],
    ['DELETE the table', `DELETE FROM rate_tables WHERE version = '2026.1'`],
    ['TRUNCATE the rows', `TRUNCATE rate_rows`],
    ['TRUNCATE the tables', `TRUNCATE rate_tables CASCADE`],
  ])('refuses to %s', async (_name, statement) => {
    const before = await counts(t);
    const [{ total: totalBefore }] = await t.sql(
      `SELECT sum(base_amount_minor)::text AS total FROM rate_rows`,
    );
    await expect(t.sql(statement)).rejects.toThrow(/immutable/);
    expect(await counts(t)).toEqual(before);
    const [{ total }] = await t.sql(`SELECT sum(base_amount_minor)::text AS total FROM rate_rows`);
    expect(total).toBe(totalBefore);
  });

  it('refuses to publish a table that breaks its floor, even bypassing the service', async () => {
    await expect(
      t.sql(`INSERT INTO rate_tables (version, hourly_floor_minor, platform_fee_basis_points, published_at)
             VALUES ('sql-direct', 1500, 2000, now())`),
    ).rejects.toThrow(/inserted unpublished/);

    const [{ id }] = await t.sql(
      `INSERT INTO rate_tables (version, hourly_floor_minor, platform_fee_basis_points)
       VALUES ('sql-draft', 1500, 2000) RETURNING id`,
    );
    await expect(t.sql(`UPDATE rate_tables SET published_at = now() WHERE id = $1`, [id])).rejects.toThrow(
      /has no rows/,
    );
    await t.sql(
      `INSERT INTO rate_rows (rate_table_id, profession_code, artifact_kind, tier, currency, base_amount_minor, estimated_minutes)
       VALUES ($1, '43-0000', 'EMAIL', 'BASIC', 'USD', 374, 15)`,
      [id],
    );
    await expect(t.sql(`UPDATE rate_tables SET published_at = now() WHERE id = $1`, [id])).rejects.toThrow(
      /below its hourly floor/,
    );
    const [draft] = await t.sql(`SELECT published_at FROM rate_tables WHERE id = $1`, [id]);
    expect(draft.published_at).toBeNull();
    // a draft is not yet immutable: it can be withdrawn
    await t.sql(`DELETE FROM rate_rows WHERE rate_table_id = $1`, [id]);
    await t.sql(`DELETE FROM rate_tables WHERE id = $1`, [id]);
    expect(await t.sql(`SELECT 1 FROM rate_tables WHERE version LIKE 'sql-%'`)).toEqual([]);
  });
});
