import { MigrationInterface, QueryRunner } from 'typeorm';

/** Frozen copies of the enums at the time of this migration (src/core/domain/work.enums.ts). */
const ARTIFACT_KINDS = [
  'EMAIL',
  'MEMO',
  'SUPPORT_REPLY',
  'TECHNICAL_DOC',
  'MARKETING_COPY',
  'ANALYSIS_SUMMARY',
  'DECISION_WORKFLOW',
  'OTHER',
];
const TIERS = ['BASIC', 'STANDARD', 'EXPERT'];
const sqlList = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * The default table, so a fresh install can price tasks at once. Floor 1500 minor units per hour
 * (15.00 USD/EUR, ¥1500) and a 20 % fee. Every price below implies at least 28.00/h (¥4000/h),
 * well above the floor; the publish trigger checks that again while seeding.
 */
const SEED = { version: '2026.1', hourlyFloorMinor: 1500, platformFeeBasisPoints: 2000 };
/** [tier, currency, base amount in minor units, estimated minutes] for every major group. */
const MAJOR_GROUP_PRICES: [string, string, number, number][] = [
  ['BASIC', 'USD', 750, 15],
  ['STANDARD', 'USD', 2000, 30],
  ['EXPERT', 'USD', 6000, 60],
  ['BASIC', 'EUR', 700, 15],
  ['STANDARD', 'EUR', 1800, 30],
  ['EXPERT', 'EUR', 5500, 60],
];
/** JPY (exponent 0) only where there is demand for Japanese samples so far. */
const JPY_GROUPS = ['15-0000', '43-0000'];
const JPY_PRICES: [string, string, number, number][] = [
  ['BASIC', 'JPY', 1000, 15],
  ['STANDARD', 'JPY', 3000, 30],
  ['EXPERT', 'JPY', 9000, 60],
];

export class RatesSchema1764160000003 implements MigrationInterface {
  name = 'RatesSchema1764160000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_tables (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version text NOT NULL CHECK (version ~ '^[A-Za-z0-9._-]{1,50}$'),
        hourly_floor_minor bigint NOT NULL CHECK (hourly_floor_minor >= 0),
        platform_fee_basis_points integer NOT NULL CHECK (platform_fee_basis_points BETWEEN 0 AND 10000),
        published_at timestamptz,
        -- no foreign key: a published table can never be updated, so a user's later erasure must
        -- not depend on it; this is an audit value only
        published_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT rate_tables_version_key UNIQUE (version)
      )`);
    await q.query(`CREATE INDEX rate_tables_published_idx ON rate_tables (published_at DESC)`);
    await q.query(`
      CREATE TABLE rate_rows (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rate_table_id uuid NOT NULL REFERENCES rate_tables(id),
        profession_code text NOT NULL REFERENCES professions(code),
        artifact_kind text NOT NULL CHECK (artifact_kind IN (${sqlList(ARTIFACT_KINDS)})),
        tier text NOT NULL CHECK (tier IN (${sqlList(TIERS)})),
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        base_amount_minor bigint NOT NULL CHECK (base_amount_minor > 0),
        estimated_minutes integer NOT NULL CHECK (estimated_minutes BETWEEN 1 AND 10080),
        CONSTRAINT rate_rows_key UNIQUE (rate_table_id, profession_code, artifact_kind, tier, currency)
      )`);
    await q.query(`CREATE INDEX rate_rows_profession_idx ON rate_rows (profession_code)`);

    // A table is written unpublished, its rows added, then published by setting published_at;
    // from then on neither it nor its rows change. The floor is checked here too, so no code
    // path (a script, a future endpoint) can publish a table that breaks it.
    await q.query(`
      CREATE FUNCTION rate_tables_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          RAISE EXCEPTION 'rate tables are immutable once published: TRUNCATE refused'
            USING ERRCODE = 'restrict_violation';
        END IF;
        IF TG_OP = 'INSERT' THEN
          IF NEW.published_at IS NOT NULL THEN
            RAISE EXCEPTION 'rate table % must be inserted unpublished, then published', NEW.version
              USING ERRCODE = 'check_violation';
          END IF;
          RETURN NEW;
        END IF;
        IF OLD.published_at IS NOT NULL THEN
          RAISE EXCEPTION 'rate table % is published and immutable: % refused', OLD.version, TG_OP
            USING ERRCODE = 'restrict_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN
          RETURN OLD;
        END IF;
        IF NEW.published_at IS NOT NULL THEN
          IF NOT EXISTS (SELECT 1 FROM rate_rows WHERE rate_table_id = NEW.id) THEN
            RAISE EXCEPTION 'rate table % has no rows', NEW.version USING ERRCODE = 'check_violation';
          END IF;
          -- numeric: floor × minutes can exceed bigint for absurd but valid inputs
          IF EXISTS (SELECT 1 FROM rate_rows WHERE rate_table_id = NEW.id
                     AND base_amount_minor::numeric * 60 < NEW.hourly_floor_minor::numeric * estimated_minutes) THEN
            RAISE EXCEPTION 'rate table % has a row below its hourly floor', NEW.version
              USING ERRCODE = 'check_violation';
          END IF;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER rate_tables_immutable BEFORE INSERT OR UPDATE OR DELETE ON rate_tables
        FOR EACH ROW EXECUTE FUNCTION rate_tables_guard()`);
    await q.query(`
      CREATE TRIGGER rate_tables_no_truncate BEFORE TRUNCATE ON rate_tables
        FOR EACH STATEMENT EXECUTE FUNCTION rate_tables_guard()`);

    await q.query(`
      CREATE FUNCTION rate_rows_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[];
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          RAISE EXCEPTION 'rate rows are immutable once published: TRUNCATE refused'
            USING ERRCODE = 'restrict_violation';
        END IF;
        ids := CASE TG_OP
          WHEN 'INSERT' THEN ARRAY[NEW.rate_table_id]
          WHEN 'DELETE' THEN ARRAY[OLD.rate_table_id]
          ELSE ARRAY[OLD.rate_table_id, NEW.rate_table_id] END;
        -- FOR SHARE waits for a concurrent publish of the same table (its UPDATE holds a row
        -- lock that FOR SHARE conflicts with, while the foreign key's KEY SHARE would not) and
        -- then reads the committed published_at, so no row slips into a table being published.
        -- The lock is taken before the filter: a WHERE on published_at would skip the row unseen.
        IF EXISTS (SELECT 1 FROM (SELECT published_at FROM rate_tables WHERE id = ANY(ids) FOR SHARE) t
                   WHERE t.published_at IS NOT NULL) THEN
          RAISE EXCEPTION 'rate rows of a published table are immutable: % refused', TG_OP
            USING ERRCODE = 'restrict_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN
          RETURN OLD;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER rate_rows_immutable BEFORE INSERT OR UPDATE OR DELETE ON rate_rows
        FOR EACH ROW EXECUTE FUNCTION rate_rows_guard()`);
    await q.query(`
      CREATE TRIGGER rate_rows_no_truncate BEFORE TRUNCATE ON rate_rows
        FOR EACH STATEMENT EXECUTE FUNCTION rate_rows_guard()`);

    await this.seedDefaultTable(q);
  }

  private async seedDefaultTable(q: QueryRunner): Promise<void> {
    const [{ id }] = (await q.query(
      `INSERT INTO rate_tables (version, hourly_floor_minor, platform_fee_basis_points)
       VALUES ($1, $2, $3) RETURNING id`,
      [SEED.version, SEED.hourlyFloorMinor, SEED.platformFeeBasisPoints],
    )) as { id: string }[];
    const insertGrid = async (groups: string, prices: [string, string, number, number][]) => {
      const values = prices.map(
        (_p, i) => `($${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4}::bigint, $${i * 4 + 5}::int)`,
      );
      await q.query(
        `INSERT INTO rate_rows
           (rate_table_id, profession_code, artifact_kind, tier, currency, base_amount_minor, estimated_minutes)
         SELECT $1, p.code, k.kind, g.tier, g.currency, g.amount, g.minutes
         FROM professions p
         CROSS JOIN unnest(ARRAY[${sqlList(ARTIFACT_KINDS)}]) AS k(kind)
         CROSS JOIN (VALUES ${values.join(', ')}) AS g(tier, currency, amount, minutes)
         WHERE ${groups}
         ORDER BY p.code, k.kind, g.tier, g.currency`,
        [id, ...prices.flat()],
      );
    };
    await insertGrid('p.parent_code IS NULL', MAJOR_GROUP_PRICES);
    await insertGrid(`p.code IN (${sqlList(JPY_GROUPS)})`, JPY_PRICES);
    await q.query(`UPDATE rate_tables SET published_at = now() WHERE id = $1`, [id]);
  }

  async down(q: QueryRunner): Promise<void> {
    // DROP is not a row operation: the immutability triggers go with their tables.
    await q.query(`DROP TABLE rate_rows`);
    await q.query(`DROP TABLE rate_tables`);
    await q.query(`DROP FUNCTION rate_rows_guard()`);
    await q.query(`DROP FUNCTION rate_tables_guard()`);
  }
}
