import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a payout became PAID, for the contractor's statement. The database stamps it on the
 * transition (whatever code path makes it PAID) and keeps it once set, a later reversal included.
 */
export class PayoutPaidAt1764170003000 implements MigrationInterface {
  name = 'PayoutPaidAt1764170003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE payouts ADD COLUMN paid_at timestamptz`);
    await q.query(`UPDATE payouts SET paid_at = updated_at WHERE status = 'PAID'`);
    await q.query(`
      CREATE FUNCTION payouts_stamp_paid_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.paid_at IS NOT NULL THEN
          NEW.paid_at := OLD.paid_at;
        ELSIF NEW.status = 'PAID' THEN
          NEW.paid_at := COALESCE(NEW.paid_at, now());
        ELSE
          NEW.paid_at := NULL;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER payouts_stamp_paid_at BEFORE INSERT OR UPDATE ON payouts
      FOR EACH ROW EXECUTE FUNCTION payouts_stamp_paid_at()`);
    await q.query(
      `ALTER TABLE payouts ADD CONSTRAINT payouts_paid_has_time CHECK (status <> 'PAID' OR paid_at IS NOT NULL)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE payouts DROP CONSTRAINT payouts_paid_has_time`);
    await q.query(`DROP TRIGGER payouts_stamp_paid_at ON payouts`);
    await q.query(`DROP FUNCTION payouts_stamp_paid_at()`);
    await q.query(`ALTER TABLE payouts DROP COLUMN paid_at`);
  }
}
