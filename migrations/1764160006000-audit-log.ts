import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tamper-evident audit log, in two append-only tables:
 * - `audit_log`: one row per state change, inserted inside the business transaction that makes
 *   the change. Nothing is locked: the id comes from a sequence (rolled-back inserts leave gaps in
 *   ids, which is harmless — chain positions are what is gap-free), and `xact` records the
 *   inserting top-level transaction id (set by a trigger, whatever the INSERT says).
 * - `audit_chain`: the chain itself, written only by AuditService's sealer, one sealer at a time
 *   (advisory lock): each record gives a committed audit row a gap-free `position` and stores the
 *   SHA-256 of that row's canonical form together with the previous record's hash, so changing,
 *   removing or inserting a row breaks the chain from there on. An insert must extend the chain
 *   exactly at its end (position = last + 1, prev_hash = last hash), and each audit row is sealed
 *   at most once (UNIQUE audit_id).
 * UPDATE, DELETE and TRUNCATE of either table raise (statement-level triggers).
 * Rows hold ids and state fields only, never personal data, so erasing a person's data elsewhere
 * never requires touching (and so breaking) the chain.
 */
export class AuditLog1764160006000 implements MigrationInterface {
  name = 'AuditLog1764160006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        xact xid8 NOT NULL,
        occurred_at timestamptz NOT NULL,
        actor_type text NOT NULL CHECK (actor_type IN ('user', 'system')),
        actor_user_id uuid,
        actor_role text NOT NULL CHECK (actor_role ~ '^[A-Z][A-Z_]{0,49}$'),
        action text NOT NULL CHECK (length(action) <= 100 AND action ~ '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$'),
        subject_type text NOT NULL CHECK (subject_type ~ '^[a-z][a-z0-9_]{0,49}$'),
        subject_id text NOT NULL CHECK (length(subject_id) BETWEEN 1 AND 200),
        before jsonb CHECK (before IS NULL OR jsonb_typeof(before) = 'object'),
        after jsonb CHECK (after IS NULL OR jsonb_typeof(after) = 'object'),
        metadata jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(metadata) = 'object'),
        -- A user actor may lack an id (a caller not signed in); the system is no user at all.
        CONSTRAINT audit_log_actor
          CHECK (actor_type = 'user' OR (actor_user_id IS NULL AND actor_role = 'SYSTEM'))
      )`);
    // The sealer walks rows in (xact, id) order from where it stopped.
    await q.query(`CREATE INDEX audit_log_xact_idx ON audit_log (xact, id)`);
    await q.query(`CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id, id)`);

    await q.query(`
      CREATE TABLE audit_chain (
        position bigint PRIMARY KEY CHECK (position > 0),
        audit_id bigint NOT NULL UNIQUE REFERENCES audit_log (id),
        prev_hash char(64) NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
        hash char(64) NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
      )`);

    // The inserting transaction, for the sealer's "definitely finished" test: the top-level id
    // (a row written in a savepoint commits with its top-level transaction).
    await q.query(`
      CREATE FUNCTION audit_log_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.xact := pg_current_xact_id();
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_stamp BEFORE INSERT ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_stamp()`);

    await q.query(`
      CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit table % is append-only: % refused', TG_TABLE_NAME, TG_OP
          USING HINT = 'The audit log records what happened; record a correction as a new event.';
      END $$`);
    // Statement level, so even an UPDATE or DELETE that matches no row is refused.
    for (const table of ['audit_log', 'audit_chain'])
      await q.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()`);

    // Each chain record must extend the chain exactly at its end. A row-level BEFORE trigger sees
    // the rows its own statement inserted before, so a batch INSERT is checked record by record.
    // Concurrent sealers are kept apart by AuditService's advisory lock; should one get past it,
    // the primary key on position refuses the second record at the same place.
    await q.query(`
      CREATE FUNCTION audit_chain_link() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE last record;
      BEGIN
        SELECT position, hash INTO last FROM audit_chain ORDER BY position DESC LIMIT 1;
        IF NEW.position <> coalesce(last.position, 0) + 1
           OR NEW.prev_hash <> coalesce(last.hash, repeat('0', 64)) THEN
          RAISE EXCEPTION 'audit chain record % does not extend the chain (last position %)',
            NEW.position, coalesce(last.position, 0)
            USING ERRCODE = 'check_violation', CONSTRAINT = 'audit_chain_linked';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_chain_link BEFORE INSERT ON audit_chain
      FOR EACH ROW EXECUTE FUNCTION audit_chain_link()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_chain`);
    await q.query(`DROP TABLE audit_log`);
    for (const fn of ['audit_chain_link()', 'audit_refuse_change()', 'audit_log_stamp()'])
      await q.query(`DROP FUNCTION ${fn}`);
  }
}
