import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The feed's filters on typed columns instead of JSON functions per row, and one index per
 * occupation in the feed's order. The typed columns are generated from `eligibility` (and the
 * consent terms and purposes) by the database, so no code path can let them drift from it.
 *
 * `consent_keys` is one "<terms version> <purpose>" per purpose: with one current consent per
 * contractor and terms version (consents_one_current), a contractor holding every key of a task
 * has a current consent to its terms covering all its purposes. Versions cannot hold a space.
 *
 * tasks_feed_by_profession_idx: the feed reads, for each code in the contractor's lineage, the
 * best-paid open tasks of that code in feed order and stops at the page size; it replaces the
 * profession-only index and the index on the feed order alone, which no query uses any more.
 */
export class FeedTypedEligibility1764170005000 implements MigrationInterface {
  name = 'FeedTypedEligibility1764170005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION jsonb_text_array(value jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT CASE WHEN jsonb_typeof(value) = 'array' THEN ARRAY(SELECT jsonb_array_elements_text(value)) END $$`);
    await q.query(`
      CREATE FUNCTION consent_keys_of(terms_version text, purposes text[]) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT ARRAY(SELECT terms_version || ' ' || p FROM unnest(purposes) AS p) $$`);
    await q.query(`
      ALTER TABLE tasks
        ADD COLUMN eligible_countries text[]
          GENERATED ALWAYS AS (jsonb_text_array(eligibility -> 'countries')) STORED,
        ADD COLUMN eligible_languages text[]
          GENERATED ALWAYS AS (jsonb_text_array(eligibility -> 'languages')) STORED,
        ADD COLUMN min_years_experience integer
          GENERATED ALWAYS AS ((eligibility ->> 'minYearsExperience')::integer) STORED,
        ADD COLUMN required_qualification_ids uuid[]
          GENERATED ALWAYS AS (jsonb_text_array(eligibility -> 'qualificationTypeIds')::uuid[]) STORED,
        ADD COLUMN consent_keys text[]
          GENERATED ALWAYS AS (consent_keys_of(consent_terms_version, purposes)) STORED`);
    await q.query(`
      CREATE INDEX tasks_feed_by_profession_idx ON tasks
        (profession_code, (price_per_sample * 60 / estimated_minutes) DESC, slots_remaining DESC,
         created_at DESC, id DESC)
        WHERE status = 'OPEN' AND slots_remaining > 0`);
    await q.query(`DROP INDEX tasks_feed_profession_idx`);
    await q.query(`DROP INDEX tasks_feed_order_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX tasks_feed_order_idx ON tasks
        ((price_per_sample * 60 / estimated_minutes) DESC, slots_remaining DESC, created_at DESC, id DESC)
        WHERE status = 'OPEN' AND slots_remaining > 0`);
    await q.query(`
      CREATE INDEX tasks_feed_profession_idx ON tasks (profession_code)
        WHERE status = 'OPEN' AND slots_remaining > 0`);
    await q.query(`DROP INDEX tasks_feed_by_profession_idx`);
    await q.query(`
      ALTER TABLE tasks DROP COLUMN consent_keys, DROP COLUMN required_qualification_ids,
        DROP COLUMN min_years_experience, DROP COLUMN eligible_languages, DROP COLUMN eligible_countries`);
    await q.query(`DROP FUNCTION consent_keys_of`);
    await q.query(`DROP FUNCTION jsonb_text_array`);
  }
}
