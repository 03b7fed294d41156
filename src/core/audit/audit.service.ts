import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Connection, parsePage, toConnection } from '../pagination/cursor';
import { auditHash, GENESIS_HASH } from './audit-hash';
import { normaliseEntry } from './audit-snapshot';
import type { AuditEntryInput, AuditFilter, AuditRecord, AuditVerification } from './audit.types';
import { canonicalJson, JsonValue } from './canonical-json';

/** Rows read per round trip while verifying: memory stays constant however long the chain. */
const VERIFY_BATCH = 1000;

const COLUMNS = `sequence::text AS sequence, occurred_at, actor_type, actor_user_id, actor_role, action,
  subject_type, subject_id, before, after, metadata, prev_hash, hash`;

interface AuditRow {
  sequence: string;
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
  prev_hash: string;
  hash: string;
}

const SEQUENCE = /^[1-9]\d{0,18}$/;
const HASH = /^[0-9a-f]{64}$/;

/**
 * The tamper-evident audit log: one row per state change of a business object, hash-chained,
 * append-only (the database refuses UPDATE, DELETE and TRUNCATE). Rows hold ids and state fields
 * only — never personal data — so that erasing a person elsewhere never touches the chain (see
 * `AuditEntryInput`).
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Appends one row inside the caller's transaction (the change and its audit row commit
   * together, or neither does). Lock: the chain head row, FOR UPDATE, until the caller commits —
   * every writer needs the previous hash and the next sequence, so appends are serialised; that is
   * what makes the chain linear and the sequence gap-free. Call it as late as possible, ideally as
   * the transaction's last write: the head is then the last lock taken, nobody holding it waits
   * for another lock (so no deadlock goes through it), and it is held only until COMMIT.
   * Cost: audited transactions commit one after another, each COMMIT's WAL flush inside the lock
   * (see the figures printed by test/integration/audit/audit-chain.integration-spec.ts).
   * Throws AuditEntryError (a bug in the caller) for content that could be personal data.
   */
  async append(tx: EntityManager, entry: AuditEntryInput): Promise<void> {
    if (!tx.queryRunner?.isTransactionActive)
      throw new Error('AuditService.append must run inside the transaction that makes the change');
    const content = normaliseEntry(entry);
    const [head]: { sequence: string; hash: string; now: Date }[] = await tx.query(
      `SELECT (last_sequence + 1)::text AS sequence, last_hash AS hash,
              date_trunc('milliseconds', clock_timestamp()) AS now
       FROM audit_chain_head WHERE id = 1 FOR UPDATE`,
    );
    const row = { ...content, sequence: head.sequence, occurredAt: head.now, prevHash: head.hash };
    const hash = auditHash(row);
    // The jsonb columns receive the canonical text of the values that were hashed.
    const json = (v: unknown) => (v === null ? null : canonicalJson(v));
    await tx.query(
      `INSERT INTO audit_log (sequence, occurred_at, actor_type, actor_user_id, actor_role, action,
         subject_type, subject_id, before, after, metadata, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11::jsonb, $12, $13)`,
      [
        row.sequence,
        row.occurredAt,
        row.actorType,
        row.actorUserId,
        row.actorRole,
        row.action,
        row.subjectType,
        row.subjectId,
        json(row.before),
        json(row.after),
        json(row.metadata),
        row.prevHash,
        hash,
      ],
    );
  }

  /**
   * Recomputes the chain from the first row up to the head as it stood when verification began
   * (rows appended meanwhile are left for the next run), in batches, and reports the first broken
   * link: a missing row, a row whose prev_hash is not its predecessor's hash, or a row whose
   * content no longer matches its hash. A row rewritten together with its hash shows up as a
   * broken link at the row after it.
   */
  async verify(): Promise<AuditVerification> {
    const [head]: { sequence: string; hash: string }[] = await this.db.query(
      `SELECT last_sequence::text AS sequence, last_hash AS hash FROM audit_chain_head WHERE id = 1`,
    );
    const end = BigInt(head.sequence);
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
      const rows: AuditRow[] = await this.db.query(
        `SELECT ${COLUMNS} FROM audit_log WHERE sequence >= $1 AND sequence <= $2 ORDER BY audit_log.sequence LIMIT $3`,
        [expected.toString(), end.toString(), VERIFY_BATCH],
      );
      for (const r of rows) {
        const record = toRecord(r);
        const sequence = BigInt(record.sequence);
        if (sequence !== expected)
          return broken(expected, `row ${expected} is missing (the next row is ${sequence})`);
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
    if (expected <= end) return broken(expected, `rows ${expected} to ${end} are missing`);
    if (prevHash !== head.hash) return broken(end, 'the chain head does not hold the hash of the last row');
    return { ok: true, checked };
  }

  /** Rows newest first, optionally of one subject (type, id or both). */
  async list(
    filter: AuditFilter,
    args: { first?: number | null; after?: string | null },
  ): Promise<Connection<AuditRecord>> {
    const page = parsePage(args.first, args.after, (sortKey, id) => SEQUENCE.test(sortKey) && HASH.test(id));
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.subjectType !== undefined) {
      params.push(filter.subjectType);
      where.push(`subject_type = $${params.length}`);
    }
    if (filter.subjectId !== undefined) {
      params.push(filter.subjectId);
      where.push(`subject_id = $${params.length}`);
    }
    const [{ n }]: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
    if (page.after) {
      params.push(page.after.sortKey);
      where.push(`sequence < $${params.length}::bigint`);
    }
    params.push(page.first + 1);
    const rows: AuditRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY audit_log.sequence DESC LIMIT $${params.length}`,
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

function toRecord(r: AuditRow): AuditRecord {
  return {
    sequence: r.sequence,
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
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}
