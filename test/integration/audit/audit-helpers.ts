import { DataSource } from 'typeorm';
import { AuditService } from '../../../src/core/audit/audit.module';
import type { AuditEntryInput } from '../../../src/core/audit/audit.module';
import type { TestApp } from '../../setup/test-app';
import { withClient } from '../ledger/ledger-helpers';

export const VERIFY = `{ verifyAuditLog { ok checked firstBrokenSequence reason } }`;
/** verifyAuditLog's result. */
export interface VerifyData {
  verifyAuditLog: { ok: boolean; checked: number; firstBrokenSequence: string | null; reason: string | null };
}
/** auditLog's result, as far as tests read it. */
export interface AuditLogData {
  auditLog: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { sequence: string; [k: string]: unknown } }[];
  };
}
export const AUDIT_LOG = `query($type: String, $id: String, $first: Int, $after: String) {
  auditLog(subjectType: $type, subjectId: $id, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { sequence occurredAt actorType actorUserId actorRole action subjectType subjectId
      before after metadata prevHash hash } }
  }
}`;

export const testEntry = (i: number): AuditEntryInput => ({
  actor: 'system',
  action: 'test.appended',
  subject: { type: 'test_object', id: `object-${i}` },
  before: { n: i, status: 'OLD' },
  after: { n: i + 1, status: 'NEW', amount: BigInt(i) * 1000n },
});

/** Appends one row in a transaction of its own. */
export function appendOne(t: TestApp, entry: AuditEntryInput): Promise<void> {
  return t.app.get(DataSource).transaction((tx) => t.app.get(AuditService).append(tx, entry));
}

/** Chains every committed row (what the recurring job does). */
export function seal(t: TestApp): Promise<number> {
  return t.app.get(AuditService).seal();
}

/** The end of the chain: its last position and hash (0 and the genesis hash when empty). */
export async function head(t: TestApp): Promise<{ sequence: string; hash: string }> {
  const [row] = await t.sql<{ sequence: string; hash: string }>(
    `SELECT position::text AS sequence, hash FROM audit_chain ORDER BY audit_chain.position DESC LIMIT 1`,
  );
  return row ?? { sequence: '0', hash: '0'.repeat(64) };
}

export async function sequences(t: TestApp): Promise<number[]> {
  return (await t.sql<{ s: number }>(`SELECT position::int AS s FROM audit_chain ORDER BY position`)).map(
    (r) => r.s,
  );
}

export async function auditRowCount(t: TestApp): Promise<number> {
  return (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log`))[0].n;
}

/**
 * Runs statements as a superuser session with every trigger off (`session_replication_role =
 * replica`): what someone with full access to the database could do to hide a change.
 */
export function asTamperer(t: TestApp, sql: string, params: unknown[] = []): Promise<unknown> {
  return withClient(t, async (c) => {
    await c.query(`SET session_replication_role = replica`);
    return (await c.query<Record<string, unknown>>(sql, params)).rows;
  });
}
