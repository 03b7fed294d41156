import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tamper-evident audit log. Each row stores the SHA-256 of its own content together with the
 * previous row's hash (computed by AuditService over a canonical JSON form of the row), so
 * changing, removing or inserting a row breaks the chain from that row on. The database adds:
 * - `audit_log` is append-only: UPDATE, DELETE and TRUNCATE raise (statement-level triggers);
 * - `audit_chain_head` holds the last sequence and hash. Writers lock it FOR UPDATE, so appends
 *   are serialised and `sequence` is gap-free (a sequence object would leave gaps on rollback);
 * - an insert must link to the head (sequence = head + 1, prev_hash = head's hash), and the head
 *   is moved by that insert's trigger only: it can be neither edited by hand nor deleted.
 * Rows hold ids and state fields only, never personal data, so erasing a person's data elsewhere
 * never requires touching (and so breaking) the chain.
 */
export class AuditLog1764160006000 implements MigrationInterface {
  name = 'AuditLog1764160006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        sequence bigint PRIMARY KEY CHECK (sequence > 0),
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
        prev_hash char(64) NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
        hash char(64) NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
        -- A user actor may lack an id (a caller not signed in); the system is no user at all.
        CONSTRAINT audit_log_actor
          CHECK (actor_type = 'user' OR (actor_user_id IS NULL AND actor_role = 'SYSTEM'))
      )`);
    await q.query(`CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id, sequence)`);

    // One row, id = 1. Genesis: sequence 0 and an all-zero hash, which the first row links to.
    await q.query(`
      CREATE TABLE audit_chain_head (
        id smallint PRIMARY KEY CHECK (id = 1),
        last_sequence bigint NOT NULL CHECK (last_sequence >= 0),
        last_hash char(64) NOT NULL CHECK (last_hash ~ '^[0-9a-f]{64}$')
      )`);
    await q.query(
      `INSERT INTO audit_chain_head (id, last_sequence, last_hash) VALUES (1, 0, repeat('0', 64))`,
    );

    await q.query(`
      CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit table % is append-only: % refused', TG_TABLE_NAME, TG_OP
          USING HINT = 'The audit log records what happened; record a correction as a new event.';
      END $$`);
    // Statement level, so even an UPDATE or DELETE that matches no row is refused.
    await q.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()`);
    await q.query(`
      CREATE TRIGGER audit_chain_head_keep BEFORE INSERT OR DELETE OR TRUNCATE ON audit_chain_head
      FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()`);

    // Each insert must extend the chain exactly at its head, then moves the head. The SELECT … FOR
    // UPDATE is the serialisation point: AuditService already holds that lock (it needs the head to
    // compute the hash); taking it here too keeps a hand-written INSERT just as serialised.
    await q.query(`
      CREATE FUNCTION audit_log_link() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE head record;
      BEGIN
        SELECT last_sequence, last_hash INTO head FROM audit_chain_head WHERE id = 1 FOR UPDATE;
        IF NEW.sequence <> head.last_sequence + 1 OR NEW.prev_hash <> head.last_hash THEN
          RAISE EXCEPTION 'audit row % does not extend the chain head (sequence %)', NEW.sequence, head.last_sequence
            USING ERRCODE = 'check_violation', CONSTRAINT = 'audit_log_chained';
        END IF;
        UPDATE audit_chain_head SET last_sequence = NEW.sequence, last_hash = NEW.hash WHERE id = 1;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_link BEFORE INSERT ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_link()`);
    // Depth 1 is a statement someone wrote; the link trigger's UPDATE arrives at depth 2.
    await q.query(`
      CREATE FUNCTION audit_chain_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF pg_trigger_depth() < 2 THEN
          RAISE EXCEPTION 'audit_chain_head moves only when an audit row is appended: % refused', TG_OP;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_chain_head_derived_only BEFORE UPDATE ON audit_chain_head
      FOR EACH ROW EXECUTE FUNCTION audit_chain_head_guard()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP TABLE audit_chain_head`);
    for (const fn of ['audit_chain_head_guard()', 'audit_log_link()', 'audit_refuse_change()'])
      await q.query(`DROP FUNCTION ${fn}`);
  }
}
