import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payouts to contractors through the processor's connected accounts, and closed accounting
 * periods. The database keeps the rules that money depends on:
 * - one connected account per contractor, and one processor account per contractor;
 * - a run pays a contractor at most once, and a contractor has at most one PENDING payout per
 *   currency (two runs at once cannot both pay it);
 * - a transfer id belongs to one payout;
 * - no ledger entry is written while its date falls in a closed period (corrections go into the
 *   open period).
 */
export class PayoutsSchema1764160008000 implements MigrationInterface {
  name = 'PayoutsSchema1764160008000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE payout_accounts (
        user_id uuid PRIMARY KEY REFERENCES users(id),
        processor_account_id text NOT NULL UNIQUE CHECK (processor_account_id ~ '^acct_[A-Za-z0-9]+$'),
        country_code char(2) NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
        payouts_enabled boolean NOT NULL DEFAULT false,
        transfers_active boolean NOT NULL DEFAULT false,
        currently_due text[] NOT NULL DEFAULT '{}',
        disabled_reason text,
        -- When the processor said the above (its event's created): an older event arriving late
        -- does not overwrite a newer state.
        state_at timestamptz NOT NULL DEFAULT 'epoch',
        last_bank_payout_status text,
        last_bank_payout_failure text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE payout_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        status text NOT NULL DEFAULT 'RUNNING' CHECK (status IN ('RUNNING', 'DONE')),
        minimum_minor bigint NOT NULL CHECK (minimum_minor > 0),
        last_account text,
        requested_by text NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        CHECK ((status = 'DONE') = (finished_at IS NOT NULL))
      )`);
    // One unfinished run per currency: a second run of it resumes this one instead.
    await q.query(
      `CREATE UNIQUE INDEX payout_runs_one_running ON payout_runs (currency) WHERE status = 'RUNNING'`,
    );
    await q.query(`
      CREATE TABLE payouts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id uuid NOT NULL REFERENCES payout_runs(id),
        contractor_id uuid NOT NULL REFERENCES users(id),
        processor_account_id text NOT NULL,
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        amount bigint NOT NULL CHECK (amount > 0),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'PAID', 'FAILED')),
        ledger_entry_id uuid NOT NULL,
        transfer_id text UNIQUE,
        failure_code text,
        failure_reason text CHECK (length(failure_reason) <= 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT payouts_once_per_run UNIQUE (run_id, contractor_id),
        CONSTRAINT payouts_failed_has_reason CHECK (status <> 'FAILED' OR failure_reason IS NOT NULL),
        CONSTRAINT payouts_paid_has_transfer CHECK (status <> 'PAID' OR transfer_id IS NOT NULL)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX payouts_one_pending ON payouts (contractor_id, currency) WHERE status = 'PENDING'`,
    );
    await q.query(`CREATE INDEX payouts_status_idx ON payouts (status, created_at, id)`);
    await q.query(`CREATE INDEX payouts_contractor_idx ON payouts (contractor_id, created_at, id)`);
    await q.query(`CREATE INDEX payouts_created_idx ON payouts (created_at, id)`);
    // A payout only moves forward: PENDING → PAID | FAILED, PAID → FAILED (a reversed transfer).
    await q.query(`
      CREATE FUNCTION payouts_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status <> NEW.status AND NOT (
          (OLD.status = 'PENDING' AND NEW.status IN ('PAID', 'FAILED')) OR
          (OLD.status = 'PAID' AND NEW.status = 'FAILED')) THEN
          RAISE EXCEPTION 'payout % cannot go from % to %', OLD.id, OLD.status, NEW.status
            USING ERRCODE = 'check_violation', CONSTRAINT = 'payouts_forward_only';
        END IF;
        IF OLD.amount <> NEW.amount OR OLD.contractor_id <> NEW.contractor_id
           OR OLD.currency <> NEW.currency OR OLD.ledger_entry_id <> NEW.ledger_entry_id
           OR (OLD.transfer_id IS NOT NULL AND NEW.transfer_id IS DISTINCT FROM OLD.transfer_id) THEN
          RAISE EXCEPTION 'payout % : amount, contractor, currency, entry and transfer are fixed', OLD.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'payouts_forward_only';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER payouts_forward_only BEFORE UPDATE ON payouts
      FOR EACH ROW EXECUTE FUNCTION payouts_forward_only()`);

    await q.query(`
      CREATE TABLE closed_periods (
        period_start timestamptz PRIMARY KEY,
        period_end timestamptz NOT NULL,
        closed_by text NOT NULL,
        matched_count integer NOT NULL CHECK (matched_count >= 0),
        closed_at timestamptz NOT NULL DEFAULT now(),
        CHECK (period_end > period_start),
        CONSTRAINT closed_periods_no_overlap EXCLUDE USING gist (tstzrange(period_start, period_end) WITH &&)
      )`);
    // Entries are stamped with their transaction's start (ledger_entries_stamp runs first: trigger
    // names order them, and "ledger_entries_stamp" < "ledger_entries_zz_period_open").
    await q.query(`
      CREATE FUNCTION ledger_entries_period_open() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM closed_periods
                   WHERE NEW.created_at >= period_start AND NEW.created_at < period_end) THEN
          RAISE EXCEPTION 'ledger entry dated % falls in a closed period', NEW.created_at
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_entries_period_open',
                  HINT = 'Post the correction in the open period.';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER ledger_entries_zz_period_open BEFORE INSERT ON ledger_entries
      FOR EACH ROW EXECUTE FUNCTION ledger_entries_period_open()`);
    await q.query(`
      CREATE TRIGGER closed_periods_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON closed_periods
      FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER ledger_entries_zz_period_open ON ledger_entries`);
    await q.query(`DROP FUNCTION ledger_entries_period_open()`);
    await q.query(`DROP TABLE closed_periods`);
    await q.query(`DROP TABLE payouts`);
    await q.query(`DROP FUNCTION payouts_forward_only()`);
    await q.query(`DROP TABLE payout_runs`);
    await q.query(`DROP TABLE payout_accounts`);
  }
}
