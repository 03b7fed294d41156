import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { AuditRecord } from './audit.types';

/** What the first row links to. */
export const GENESIS_HASH = '0'.repeat(64);

/** Bumped if the hashed form ever changes; rows keep the version they were hashed with. */
const HASH_VERSION = 2;

/**
 * SHA-256 (hex) of a row's canonical form: every stored field but the hash itself, including its
 * chain position, its audit_log id and the previous record's hash, so each record vouches for the
 * whole chain before it. Everything hashed can be
 * re-derived from the stored row (instants have millisecond precision, JSON is canonical), which
 * is what lets `AuditService.verify` recompute exactly the same bytes.
 */
export function auditHash(row: Omit<AuditRecord, 'hash'>): string {
  const content = canonicalJson({
    v: HASH_VERSION,
    sequence: row.sequence,
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    actor: { type: row.actorType, userId: row.actorUserId, role: row.actorRole },
    action: row.action,
    subject: { type: row.subjectType, id: row.subjectId },
    before: row.before,
    after: row.after,
    metadata: row.metadata,
    prevHash: row.prevHash,
  });
  return createHash('sha256').update(content, 'utf8').digest('hex');
}
