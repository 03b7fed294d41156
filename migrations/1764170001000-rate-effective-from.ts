import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a published rate table starts pricing new tasks. A table that cuts any pay is published
 * with notice (effective_from in the future); any other takes effect when it is published. Set
 * in the same UPDATE that publishes, and immutable with the rest of the table from then on.
 */
export class RateEffectiveFrom1764170001000 implements MigrationInterface {
  name = 'RateEffectiveFrom1764170001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rate_tables ADD COLUMN effective_from timestamptz`);
    // The tables published so far took effect when published. Published tables refuse every
    // UPDATE (their trigger), so the backfill runs with the trigger off, inside this migration's
    // transaction: no other writer sees the table without it.
    await q.query(`ALTER TABLE rate_tables DISABLE TRIGGER rate_tables_immutable`);
    await q.query(`UPDATE rate_tables SET effective_from = published_at WHERE published_at IS NOT NULL`);
    await q.query(`ALTER TABLE rate_tables ENABLE TRIGGER rate_tables_immutable`);
    // Published ⇔ an effective date, never before the publication (NULL ≥ NULL passes a CHECK).
    await q.query(`
      ALTER TABLE rate_tables ADD CONSTRAINT rate_tables_effective_after_publish
        CHECK ((published_at IS NULL) = (effective_from IS NULL) AND effective_from >= published_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rate_tables DROP CONSTRAINT rate_tables_effective_after_publish`);
    await q.query(`ALTER TABLE rate_tables DROP COLUMN effective_from`);
  }
}
