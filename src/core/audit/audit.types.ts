import type { JsonValue } from './canonical-json';

/**
 * Who made a change: a user acting in a role (a `Principal` fits), or the platform itself (a
 * job, a webhook, a timer).
 */
export type AuditActor = { userId: string | null; role: string } | 'system';

/**
 * One state change, as a caller describes it. NO PERSONAL DATA: `before`, `after` and `metadata`
 * hold ids (uuids, processor ids), statuses, counts, amounts, versions and similar state fields —
 * never names, e-mail addresses, free text or submitted content. Audit rows cannot be changed or
 * deleted (the chain would break), so whatever they hold outlives any erasure request; a person is
 * referred to only by their user id, which erasure elsewhere turns into a pseudonym.
 * `append` refuses strings that look like contact data or prose (see audit-snapshot.ts).
 */
export interface AuditEntryInput {
  actor: AuditActor;
  /** `<subject>.<event>` in snake case, e.g. `task.published`, `submission.accepted`. */
  action: string;
  /** The object that changed: a snake-case type (`task`, `ledger_entry`) and its id. */
  subject: { type: string; id: string };
  /** The object's relevant fields before the change; null or absent when it was created. */
  before?: Record<string, unknown> | null;
  /** The object's relevant fields after the change; null or absent when it was removed. */
  after?: Record<string, unknown> | null;
  /** Anything else worth keeping (ids of related objects, reasons as codes). */
  metadata?: Record<string, unknown>;
}

/** One row of the chain as stored. */
export interface AuditRecord {
  /** Gap-free position in the chain, from 1, given when the row is sealed (a bigint, as a decimal string). */
  sequence: string;
  /** The row's id in audit_log, in insertion order (rolled-back inserts leave gaps). */
  id: string;
  occurredAt: Date;
  actorType: 'user' | 'system';
  actorUserId: string | null;
  actorRole: string;
  action: string;
  subjectType: string;
  subjectId: string;
  before: { [key: string]: JsonValue } | null;
  after: { [key: string]: JsonValue } | null;
  metadata: { [key: string]: JsonValue };
  /** SHA-256 (hex) of the previous row; 64 zeros for the first row. */
  prevHash: string;
  /** SHA-256 (hex) of this row's canonical form, which includes `prevHash`. */
  hash: string;
}

export interface AuditVerification {
  ok: boolean;
  /** Rows found intact, from the first, before the first broken link (all of them when ok). */
  checked: number;
  firstBrokenSequence?: string;
  reason?: string;
  /**
   * Committed rows not sealed yet (after sealing all it could). A few are normal; rows older than
   * a few minutes mean something holds the sealer back (see AuditService.seal) and make ok false.
   */
  unsealed?: number;
}

export interface AuditFilter {
  subjectType?: string;
  subjectId?: string;
}
