import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Balances maintained once per INSERT statement instead of once per posting. A payout run posts
 * hundreds of entries in one statement, all crediting `processor:clearing`: row by row, that is
 * two statements per posting and hundreds of updates of one balance row in one transaction.
 * Now the trigger sums the statement's postings per (account, currency) from its transition
 * table and updates each balance row once. What the database guarantees is unchanged:
 * - balances are still derived from postings in the same transaction, by the trigger only
 *   (`ledger_balances_derived_only` still sees the trigger's writes at depth 2);
 * - the non-negative CHECKs still judge every balance after every statement. Row by row, legs
 *   sorted incoming-first made an account's lowest point within a statement its final value, so
 *   judging the statement's net is the same rule;
 * - rows are locked in one global order (account in code-unit order, then currency) before they
 *   are updated, so two writers never deadlock, and under READ COMMITTED each UPDATE re-reads the
 *   latest committed balance, so no race can overdraw.
 * The deferred per-entry balance check reads an entry's legs in one query instead of two.
 */
export class LedgerStatementBalances1764170002000 implements MigrationInterface {
  name = 'LedgerStatementBalances1764170002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER ledger_postings_apply ON ledger_postings`);
    await q.query(`
      CREATE FUNCTION ledger_apply_postings() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Not a single upsert: PostgreSQL checks the CHECKs on the row proposed for INSERT before
        -- it detects the conflict, so an upsert of a withdrawal would be refused even from a
        -- funded account. Make sure each row exists (at zero), lock them in order, then UPDATE.
        INSERT INTO ledger_balances (account, currency, balance)
        SELECT account, currency, 0 FROM new_postings
        GROUP BY account, currency ORDER BY account COLLATE "C", currency
        ON CONFLICT (account, currency) DO NOTHING;
        PERFORM 1 FROM ledger_balances b
        WHERE (b.account, b.currency) IN (SELECT account, currency FROM new_postings)
        ORDER BY b.account COLLATE "C", b.currency
        FOR UPDATE;
        UPDATE ledger_balances b SET balance = b.balance + d.delta, updated_at = now()
        FROM (SELECT account, currency, sum(amount) AS delta FROM new_postings
              GROUP BY account, currency) d
        WHERE b.account = d.account AND b.currency = d.currency;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER ledger_postings_apply AFTER INSERT ON ledger_postings
      REFERENCING NEW TABLE AS new_postings
      FOR EACH STATEMENT EXECUTE FUNCTION ledger_apply_postings()`);
    await q.query(`DROP FUNCTION ledger_apply_posting()`);
    await q.query(`
      CREATE OR REPLACE FUNCTION ledger_assert_entry_balanced(p_entry uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE s record;
      BEGIN
        SELECT coalesce(sum(n), 0) AS legs,
               (array_agg(currency ORDER BY currency) FILTER (WHERE total <> 0))[1] AS currency,
               (array_agg(total ORDER BY currency) FILTER (WHERE total <> 0))[1] AS total
          INTO s
          FROM (SELECT currency, count(*) AS n, sum(amount) AS total FROM ledger_postings
                WHERE entry_id = p_entry GROUP BY currency) per_currency;
        IF s.legs < 2 THEN
          RAISE EXCEPTION 'ledger entry % has % leg(s); an entry needs at least two', p_entry, s.legs
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_entry_balanced';
        END IF;
        IF s.currency IS NOT NULL THEN
          RAISE EXCEPTION 'ledger entry % does not balance: its % legs sum to %', p_entry, s.currency, s.total
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_entry_balanced';
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION ledger_assert_entry_balanced(p_entry uuid) RETURNS void LANGUAGE plpgsql AS $$
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
    await q.query(`DROP TRIGGER ledger_postings_apply ON ledger_postings`);
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
    await q.query(`DROP FUNCTION ledger_apply_postings()`);
  }
}
