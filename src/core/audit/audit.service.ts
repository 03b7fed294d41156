import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Connection, parsePage, toConnection } from '../pagination/cursor';
import { auditHash, GENESIS_HASH } from './audit-hash';
import { normaliseEntry } from './audit-snapshot';
import type { AuditEntryInput, AuditFilter, AuditRecord, AuditVerification } from './audit.types';
import { canonicalJson, JsonValue } from './canonical-json';

/** Chain records read per round trip while verifying: memory stays constant however long the chain. */
const VERIFY_BATCH = 1000;
/** Rows sealed per sealer transaction (one multi-row INSERT into audit_chain). */
const SEAL_BATCH = 1000;
/** A committed row still unsealed after this long is a finding of `verify()`. */
const UNSEALED_TOO_LONG_MS = 5 * 60_000;
/** pg_advisory_xact_lock key: one sealer at a time, across every instance of the app. */
const SEAL_LOCK_KEY = 7_316_402_061;

const CONTENT = `l.id::text AS id, l.occurred_at, l.actor_type, l.actor_user_id, l.actor_role, l.action,
  l.subject_type, l.subject_id, l.before, l.after, l.metadata`;
const COLUMNS = `c.position::text AS sequence, ${CONTENT}, c.prev_hash, c.hash`;

interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_type: 'user' | 'system';
  actor_user_id: string | null;
  actor_role: string;
  action: string;
  subject_type: string;
  subject_id: string;
  before: { [key: string]: JsonValue } | null;
  after: { [key: string]: JsonValue } | null;
  metadata: { [key: string]: JsonValue };
}

interface ChainRow extends AuditRow {
  sequence: string;
  prev_hash: string;
  hash: string;
}

/** A chain record joined to its audit row, which may be missing if someone deleted it. */
type VerifyRow = Omit<ChainRow, keyof AuditRow> & Partial<AuditRow> & { found: boolean };

const SEQUENCE = /^[1-9]\d{0,18}$/;
const HASH = /^[0-9a-f]{64}$/;

/**
 * The tamper-evident audit log: one row per state change of a business object, append-only (the
 * database refuses UPDATE, DELETE and TRUNCATE). Writing and chaining are split so that audited
 * transactions never wait for each other:
 * - `append` only INSERTs the row inside the caller's transaction (no lock, no hash);
 * - `seal` later gives committed rows a gap-free chain position and a hash linking each to the
 *   one before, in `audit_chain`, one sealer at a time.
 * Rows hold ids and state fields only — never personal data — so that erasing a person elsewhere
 * never touches the chain (see `AuditEntryInput`).
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Records one change inside the caller's transaction (the change and its audit row commit
   * together, or neither does). A plain INSERT: concurrent transactions append without waiting
   * for each other, and the row joins the chain when the sealer next runs after the commit.
   * Throws AuditEntryError (a bug in the caller) for content that could be personal data.
   */
  async append(tx: EntityManager, entry: AuditEntryInput): Promise<void> {
    await this.appendMany(tx, [entry]);
  }

  /**
   * `append` for many changes of one transaction, in one INSERT: rows get ids in the order
   * given, and the sealer chains them like rows appended one by one. Every entry is checked
   * before anything is written, so one bad entry writes none.
   */
  async appendMany(tx: EntityManager, entries: readonly AuditEntryInput[]): Promise<void> {
    if (!tx.queryRunner?.isTransactionActive)
      throw new Error('AuditService.append must run inside the transaction that makes the change');
    if (entries.length === 0) return;
    const rows = entries.map(normaliseEntry);
    // The jsonb columns receive canonical text; what is hashed later is read back from the row.
    const json = (v: unknown) => (v === null ? null : canonicalJson(v));
    await tx.query(
      `INSERT INTO audit_log (occurred_at, actor_type, actor_user_id, actor_role, action,
         subject_type, subject_id, before, after, metadata)
       SELECT date_trunc('milliseconds', clock_timestamp()), t, u, r, a, st, si, b, af, m
       FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[],
         $7::jsonb[], $8::jsonb[], $9::jsonb[]) WITH ORDINALITY AS x (t, u, r, a, st, si, b, af, m, n)
       ORDER BY n`,
      [
        rows.map((r) => r.actorType),
        rows.map((r) => r.actorUserId),
        rows.map((r) => r.actorRole),
        rows.map((r) => r.action),
        rows.map((r) => r.subjectType),
        rows.map((r) => r.subjectId),
        rows.map((r) => json(r.before)),
        rows.map((r) => json(r.after)),
        rows.map((r) => json(r.metadata)),
      ],
    );
  }

  /**
   * Chains up to `maxRows` (default: all) committed, unsealed rows, in transactions of SEAL_BATCH
   * rows, and returns how many it chained; fewer than `maxRows` means it caught up. Meant to run
   * as a recurring job, and runs before `verify` and `list`.
   *
   * Which rows are safe to seal: ids come from a sequence, so a row with a lower id can commit
   * after one with a higher id; sealing by id would either skip the late row or have to leave a
   * hole. Instead every row carries `xact`, the id of the transaction that inserted it, and the
   * sealer takes only rows whose `xact` is below the xmin of its own snapshot
   * (`pg_snapshot_xmin(pg_current_snapshot())`): every transaction below that horizon has ended,
   * so each such row is committed and visible (or rolled back and gone) and no further row with
   * such an `xact` can ever appear. Rows are sealed in (xact, id) order from the last sealed row
   * on, so a row from a transaction still open — whatever its id — sits above the horizon and is
   * sealed by a later run, after it commits. Nothing below the cursor is ever missed: when the
   * cursor's row was sealed, every transaction with a smaller `xact` had already ended and its rows
   * were taken in order. UNIQUE(audit_id) refuses a second seal. `xact` is an xid8 (64 bits, the
   * epoch included), so it never wraps around. A transaction that stays open for long (anywhere on the server) holds the
   * horizon back and with it the sealing of everything newer; `verify` reports that.
   */
  async seal(maxRows = Infinity): Promise<number> {
    let sealed = 0;
    while (sealed < maxRows) {
      const limit = Math.min(SEAL_BATCH, maxRows - sealed);
      const n = await this.sealBatch(limit);
      sealed += n;
      if (n < limit) break;
    }
    return sealed;
  }

  private sealBatch(limit: number): Promise<number> {
    return this.db.transaction(async (tx) => {
      // One sealer at a time (instances included): each batch extends the chain from its end.
      // Held until this batch commits; appends never take it.
      await tx.query(`SELECT pg_advisory_xact_lock($1)`, [SEAL_LOCK_KEY]);
      const [last]: { xact: string; id: string }[] = await tx.query(
        `SELECT l.xact::text AS xact, l.id::text AS id
         FROM audit_chain c JOIN audit_log l ON l.id = c.audit_id ORDER BY c.position DESC LIMIT 1`,
      );
      const [end]: { position: string; hash: string }[] = await tx.query(
        `SELECT c.position::text AS position, c.hash FROM audit_chain c ORDER BY c.position DESC LIMIT 1`,
      );
      // The cursor is the last sealed row; NOT EXISTS keeps sealing exactly-once even if that row
      // was deleted behind the triggers' back and the cursor falls back to an earlier one.
      const rows: AuditRow[] = await tx.query(
        `SELECT ${CONTENT} FROM audit_log l
         WHERE (l.xact, l.id) > ($1::xid8, $2::bigint)
           AND l.xact < pg_snapshot_xmin(pg_current_snapshot())
           AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.audit_id = l.id)
         ORDER BY l.xact, l.id LIMIT $3`,
        [last?.xact ?? '0', last?.id ?? '0', limit],
      );
      if (rows.length === 0) return 0;
      let position = BigInt(end?.position ?? '0');
      let prevHash = end?.hash ?? GENESIS_HASH;
      const columns: [string[], string[], string[], string[]] = [[], [], [], []];
      for (const r of rows) {
        position += 1n;
        const hash = auditHash({ ...toContent(r), sequence: position.toString(), prevHash });
        columns[0].push(position.toString());
        columns[1].push(r.id);
        columns[2].push(prevHash);
        columns[3].push(hash);
        prevHash = hash;
      }
      await tx.query(
        `INSERT INTO audit_chain (position, audit_id, prev_hash, hash)
         SELECT p, a, ph, h FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[])
           WITH ORDINALITY AS u (p, a, ph, h, n)
         ORDER BY n`,
        columns,
      );
      return rows.length;
    });
  }

  /**
   * Seals what is pending, then recomputes the chain from the first record to the last, in
   * batches, and reports the first broken link: a missing position, a record whose audit row is
   * gone, a prev_hash that is not its predecessor's hash, or a row whose content no longer matches
   * its hash. A row rewritten together with its hash shows up as a broken link at the record
   * after it. Committed rows left unsealed for over five minutes are a finding too.
   */
  async verify(): Promise<AuditVerification> {
    await this.seal();
    let expected = 1n;
    let prevHash = GENESIS_HASH;
    let checked = 0;
    const broken = (sequence: bigint, reason: string): AuditVerification => ({
      ok: false,
      checked,
      firstBrokenSequence: sequence.toString(),
      reason,
    });
    for (;;) {
      const rows: VerifyRow[] = await this.db.query(
        `SELECT ${COLUMNS}, l.id IS NOT NULL AS found
         FROM audit_chain c LEFT JOIN audit_log l ON l.id = c.audit_id
         WHERE c.position >= $1 ORDER BY c.position LIMIT $2`,
        [expected.toString(), VERIFY_BATCH],
      );
      for (const r of rows) {
        const sequence = BigInt(r.sequence);
        if (sequence !== expected)
          return broken(expected, `row ${expected} is missing (the next row is ${sequence})`);
        if (!r.found) return broken(sequence, `row ${sequence} is missing (its audit row is gone)`);
        const record = toRecord(r as ChainRow);
        if (record.prevHash !== prevHash)
          return broken(sequence, `prev_hash is not the hash of row ${sequence - 1n}`);
        if (auditHash(record) !== record.hash)
          return broken(sequence, 'the row no longer matches its hash: its content was changed');
        checked += 1;
        prevHash = record.hash;
        expected += 1n;
      }
      if (rows.length < VERIFY_BATCH) break;
    }
    const [pending]: { n: number; stale: number; oldest: Date | null }[] = await this.db.query(
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE occurred_at < now() - $1 * interval '1 millisecond')::int AS stale,
              min(occurred_at) AS oldest
       FROM audit_log l WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.audit_id = l.id)`,
      [UNSEALED_TOO_LONG_MS],
    );
    if (pending.stale > 0)
      return {
        ok: false,
        checked,
        reason:
          `${pending.stale} committed rows are still unsealed after ${UNSEALED_TOO_LONG_MS / 60_000} minutes ` +
          `(oldest from ${pending.oldest?.toISOString()}): a long-open transaction holds the sealer back`,
        unsealed: pending.n,
      };
    return pending.n > 0 ? { ok: true, checked, unsealed: pending.n } : { ok: true, checked };
  }

  /** Sealed rows newest first, optionally of one subject (type, id or both). Seals first. */
  async list(
    filter: AuditFilter,
    args: { first?: number | null; after?: string | null },
  ): Promise<Connection<AuditRecord>> {
    const page = parsePage(args.first, args.after, (sortKey, id) => SEQUENCE.test(sortKey) && HASH.test(id));
    await this.seal();
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.subjectType !== undefined) {
      params.push(filter.subjectType);
      where.push(`l.subject_type = $${params.length}`);
    }
    if (filter.subjectId !== undefined) {
      params.push(filter.subjectId);
      where.push(`l.subject_id = $${params.length}`);
    }
    const from = `audit_chain c JOIN audit_log l ON l.id = c.audit_id`;
    const [{ n }]: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM ${from} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
    if (page.after) {
      params.push(page.after.sortKey);
      where.push(`c.position < $${params.length}::bigint`);
    }
    params.push(page.first + 1);
    const rows: ChainRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM ${from} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY c.position DESC LIMIT $${params.length}`,
      params,
    );
    return toConnection(
      rows.map(toRecord),
      page,
      n,
      (r) => [r.sequence, r.hash],
      (r) => r,
    );
  }
}

function toContent(r: AuditRow): Omit<AuditRecord, 'sequence' | 'prevHash' | 'hash'> {
  return {
    id: r.id,
    occurredAt: r.occurred_at,
    actorType: r.actor_type,
    actorUserId: r.actor_user_id,
    actorRole: r.actor_role,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    before: r.before,
    after: r.after,
    metadata: r.metadata,
  };
}

function toRecord(r: ChainRow): AuditRecord {
  return { ...toContent(r), sequence: r.sequence, prevHash: r.prev_hash, hash: r.hash };
}
