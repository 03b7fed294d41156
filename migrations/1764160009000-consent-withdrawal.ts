import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Withdrawal of consent that reaches every copy: a withdrawal row per contractor request (all
 * consents, one organisation, one purpose or one terms version), one notice per affected sample
 * for the requester organisation (a pollable feed, ordered by `seq`), and content erasure of a
 * submission that keeps its ledger, payout and audit references (the row stays, its text goes).
 */
export class ConsentWithdrawal1764160009000 implements MigrationInterface {
  name = 'ConsentWithdrawal1764160009000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE consent_withdrawals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        terms_version text REFERENCES consent_terms(version),
        organization_id uuid,
        purpose text CHECK (purpose ~ '^[a-z0-9][a-z0-9-]{0,99}$'),
        withdrawn_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX consent_withdrawals_user_idx ON consent_withdrawals (user_id, withdrawn_at)`);
    // Withdrawals are the contractor's record of what it took back: never edited or removed.
    await q.query(`
      CREATE FUNCTION consent_withdrawals_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'consent withdrawals are append-only: % refused', TG_OP
          USING ERRCODE = 'restrict_violation';
      END $$`);
    await q.query(`
      CREATE TRIGGER consent_withdrawals_append_only BEFORE UPDATE OR DELETE ON consent_withdrawals
        FOR EACH ROW EXECUTE FUNCTION consent_withdrawals_guard()`);

    await q.query(`
      CREATE TABLE withdrawal_notices (
        seq bigserial PRIMARY KEY,
        withdrawal_id uuid NOT NULL REFERENCES consent_withdrawals(id),
        organization_id uuid NOT NULL,
        task_id uuid NOT NULL REFERENCES tasks(id),
        submission_id uuid NOT NULL REFERENCES submissions(id),
        contributor_pseudonym text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- when the sample's content is erased: the task's retention, at the latest 30 days on
        erase_after timestamptz NOT NULL CHECK (erase_after <= created_at + interval '30 days'),
        erased_at timestamptz,
        CONSTRAINT withdrawal_notices_once UNIQUE (withdrawal_id, submission_id)
      )`);
    await q.query(`CREATE INDEX withdrawal_notices_org_idx ON withdrawal_notices (organization_id, seq)`);
    await q.query(
      `CREATE INDEX withdrawal_notices_due_idx ON withdrawal_notices (erase_after) WHERE erased_at IS NULL`,
    );

    // Erased content is the empty string (the column stays NOT NULL for every reader), and only then.
    await q.query(`ALTER TABLE submissions ADD COLUMN content_erased_at timestamptz`);
    await q.query(`ALTER TABLE submissions DROP CONSTRAINT submissions_content_check`);
    await q.query(`
      ALTER TABLE submissions ADD CONSTRAINT submissions_content_present_or_erased CHECK (
        CASE WHEN content_erased_at IS NULL THEN length(content) BETWEEN 1 AND 50000
             ELSE content = '' AND redacted_content = '' AND pii_findings = '[]'::jsonb END)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE submissions DROP CONSTRAINT submissions_content_present_or_erased`);
    await q.query(
      `ALTER TABLE submissions ADD CONSTRAINT submissions_content_check CHECK (length(content) BETWEEN 1 AND 50000)`,
    );
    await q.query(`ALTER TABLE submissions DROP COLUMN content_erased_at`);
    await q.query(`DROP TABLE withdrawal_notices`);
    await q.query(`DROP TABLE consent_withdrawals`);
    await q.query(`DROP FUNCTION consent_withdrawals_guard`);
  }
}
