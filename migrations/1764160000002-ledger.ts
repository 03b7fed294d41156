import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The double-entry ledger. Code checks every entry before writing it; the database checks again,
 * because money must stay right even when code is wrong or someone types SQL by hand:
 * - an entry's legs sum to zero per currency and number at least two (deferred to COMMIT, so
 *   the legs of one entry may arrive in several statements);
 * - entries and postings are append-only (UPDATE, DELETE, TRUNCATE raise), and a committed
 *   entry is sealed: no leg may be added to it later;
 * - `ledger_balances` is written only by the posting trigger, in the same transaction, and its
 *   CHECKs keep escrow and contractor payables at or above zero. The trigger's UPDATE locks the
 *   balance row, so concurrent withdrawals are serialised and none can overdraw.
 */
export class LedgerSchema1764160000002 implements MigrationInterface {
  name = 'LedgerSchema1764160000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ledger_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
        reference text NOT NULL CHECK (length(reference) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 1000),
        metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX ledger_entries_idempotency_key ON ledger_entries (idempotency_key)`);
    await q.query(`CREATE INDEX ledger_entries_reference_idx ON ledger_entries (reference)`);
    await q.query(`
      CREATE TABLE ledger_postings (
        id bigserial PRIMARY KEY,
        entry_id uuid NOT NULL REFERENCES ledger_entries(id),
        account text NOT NULL
          CHECK (length(account) <= 200 AND account ~ '^[a-z][a-z0-9_]*(:[A-Za-z0-9_.-]+)+$'),
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        amount bigint NOT NULL CHECK (amount <> 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ledger_postings_entry_idx ON ledger_postings (entry_id)`);
    await q.query(`CREATE INDEX ledger_postings_account_idx ON ledger_postings (account, currency, id)`);
    await q.query(`
      CREATE TABLE ledger_balances (
        account text NOT NULL,
        currency char(3) NOT NULL,
        balance bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (account, currency),
        CONSTRAINT ledger_balances_escrow_not_negative
          CHECK (account NOT LIKE 'org:%:escrow:%' OR balance >= 0),
        CONSTRAINT ledger_balances_payable_not_negative
          CHECK (account NOT LIKE 'contractor:%:payable' OR balance >= 0)
      )`);

    await q.query(`
      CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ledger table % is append-only: % refused', TG_TABLE_NAME, TG_OP
          USING HINT = 'Correct a ledger entry by posting a reversing entry.';
      END $$`);
    for (const table of ['ledger_entries', 'ledger_postings'])
      // Statement level, so even an UPDATE or DELETE that matches no row is refused.
      await q.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change()`);
    await q.query(`
      CREATE TRIGGER ledger_balances_no_delete BEFORE DELETE OR TRUNCATE ON ledger_balances
      FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change()`);

    // The ledger's clock is the database's: an entry is stamped with its transaction's start.
    await q.query(`
      CREATE FUNCTION ledger_entries_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.created_at := now();
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER ledger_entries_stamp BEFORE INSERT ON ledger_entries
      FOR EACH ROW EXECUTE FUNCTION ledger_entries_stamp()`);
    // A committed entry is sealed: a leg may only join an entry written by this same transaction
    // (now() is the transaction's start, which the entry's created_at was stamped with).
    await q.query(`
      CREATE FUNCTION ledger_postings_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE entry_created timestamptz;
      BEGIN
        SELECT created_at INTO entry_created FROM ledger_entries WHERE id = NEW.entry_id;
        IF entry_created IS NOT NULL AND entry_created <> now() THEN
          RAISE EXCEPTION 'ledger entry % is sealed: legs cannot be added after it was committed', NEW.entry_id;
        END IF;
        NEW.created_at := now();
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER ledger_postings_stamp BEFORE INSERT ON ledger_postings
      FOR EACH ROW EXECUTE FUNCTION ledger_postings_stamp()`);

    // Balances are maintained in the posting's own transaction. Not a single upsert: PostgreSQL
    // checks the CHECKs on the row proposed for INSERT before it detects the conflict, so an upsert
    // of a withdrawal would be refused even from a funded account. Instead: make sure the row
    // exists (at zero), then UPDATE it — which takes the row's lock and, under READ COMMITTED,
    // re-reads the latest committed balance, so the CHECKs see every concurrent withdrawal that
    // committed first and no race can overdraw.
    await q.query(`
      CREATE FUNCTION ledger_apply_posting() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO ledger_balances (account, currency, balance)
        VALUES (NEW.account, NEW.currency, 0)
        ON CONFLICT (account, currency) DO NOTHING;
        UPDATE ledger_balances SET balance = balance + NEW.amount, updated_at = now()
        WHERE account = NEW.account AND currency = NEW.currency;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER ledger_postings_apply AFTER INSERT ON ledger_postings
      FOR EACH ROW EXECUTE FUNCTION ledger_apply_posting()`);
    // Depth 1 is a statement someone wrote; the posting trigger's writes arrive at depth 2.
    await q.query(`
      CREATE FUNCTION ledger_balances_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF pg_trigger_depth() < 2 THEN
          RAISE EXCEPTION 'ledger_balances is derived from ledger_postings: % refused', TG_OP
            USING HINT = 'Post a ledger entry instead.';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER ledger_balances_derived_only BEFORE INSERT OR UPDATE ON ledger_balances
      FOR EACH ROW EXECUTE FUNCTION ledger_balances_guard()`);

    await q.query(`
      CREATE FUNCTION ledger_assert_entry_balanced(p_entry uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE legs integer; bad record;
      BEGIN
        SELECT count(*) INTO legs FROM ledger_postings WHERE entry_id = p_entry;
        IF legs < 2 THEN
          RAISE EXCEPTION 'ledger entry % has % leg(s); an entry needs at least two', p_entry, legs
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_entry_balanced';
        END IF;
        SELECT currency, sum(amount) AS total INTO bad FROM ledger_postings
          WHERE entry_id = p_entry GROUP BY currency HAVING sum(amount) <> 0 LIMIT 1;
        IF FOUND THEN
          RAISE EXCEPTION 'ledger entry % does not balance: its % legs sum to %', p_entry, bad.currency, bad.total
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_entry_balanced';
        END IF;
      END $$`);
    await q.query(`
      CREATE FUNCTION ledger_check_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Separate statements: PL/pgSQL resolves NEW's fields only in the branch it runs.
        IF TG_TABLE_NAME = 'ledger_entries' THEN
          PERFORM ledger_assert_entry_balanced(NEW.id);
        ELSE
          PERFORM ledger_assert_entry_balanced(NEW.entry_id);
        END IF;
        RETURN NULL;
      END $$`);
    // On both tables: via postings it catches legs that do not sum to zero, via entries an entry
    // written with no legs at all.
    for (const table of ['ledger_entries', 'ledger_postings'])
      await q.query(`
        CREATE CONSTRAINT TRIGGER ${table}_balanced AFTER INSERT ON ${table}
        DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION ledger_check_entry_balanced()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ledger_balances`);
    await q.query(`DROP TABLE ledger_postings`);
    await q.query(`DROP TABLE ledger_entries`);
    for (const fn of [
      'ledger_check_entry_balanced()',
      'ledger_assert_entry_balanced(uuid)',
      'ledger_balances_guard()',
      'ledger_apply_posting()',
      'ledger_postings_stamp()',
      'ledger_entries_stamp()',
      'ledger_refuse_change()',
    ])
      await q.query(`DROP FUNCTION ${fn}`);
  }
}
