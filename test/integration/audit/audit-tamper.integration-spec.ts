import { DataSource } from 'typeorm';
import { auditHash } from '../../../src/core/audit/audit-hash';
import { AuditService } from '../../../src/core/audit/audit.module';
import { createTestApp, TestApp } from '../../setup/test-app';

type HashedRow = Parameters<typeof auditHash>[0];

/** An audit row joined with its chain link, as stored (snake_case). */
interface TamperRow {
  sequence: string;
  id: string;
  occurred_at: Date;
  actor_type: HashedRow['actorType'];
  actor_user_id: HashedRow['actorUserId'];
  actor_role: HashedRow['actorRole'];
  action: string;
  subject_type: string;
  subject_id: string;
  before: HashedRow['before'];
  after: HashedRow['after'];
  metadata: HashedRow['metadata'];
  prev_hash: string;
}
import { ADMIN, ADMIN_ENV, login } from '../tasks/tasks-helpers';
import { appendOne, asTamperer, testEntry, VERIFY, type VerifyData } from './audit-helpers';

/**
 * Someone with full access to the database switches the triggers off and edits the log. The
 * chain cannot stop that; it makes it visible: verification names the first row that breaks.
 * Each test puts the original rows back afterwards, so the next starts from an intact chain.
 */
describe('audit log: tampering is detected', () => {
  let t: TestApp;
  let admin: string;
  const ROWS = 12;
  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await login(t, ADMIN.email, ADMIN.password);
    for (let i = 1; i <= ROWS; i++) await appendOne(t, testEntry(i));
  });
  afterAll(() => t.close());

  const verify = () => t.app.get(AuditService).verify();

  /** The audit row at a chain position, in SQL. */
  const at = (position: number) => `id = (SELECT audit_id FROM audit_chain WHERE position = ${position})`;

  /** Rows and chain records as they are now, to be put back exactly (to_jsonb keeps every value). */
  interface Saved {
    rows: string[];
    links: string[];
  }
  const saved = async (from: number, to: number): Promise<Saved> => {
    const found = await t.sql<{ row: string; link: string }>(
      `SELECT to_jsonb(l)::text AS row, to_jsonb(c)::text AS link
       FROM audit_chain c JOIN audit_log l ON l.id = c.audit_id WHERE c.position BETWEEN $1 AND $2`,
      [from, to],
    );
    return { rows: found.map((r) => r.row), links: found.map((r) => r.link) };
  };
  const putBack = async ({ rows, links }: Saved) => {
    const ids = rows.map((j) => (JSON.parse(j) as { id: string }).id);
    await asTamperer(t, `DELETE FROM audit_chain WHERE audit_id = ANY($1::bigint[])`, [ids]);
    await asTamperer(t, `DELETE FROM audit_log WHERE id = ANY($1::bigint[])`, [ids]);
    for (const j of rows)
      await asTamperer(
        t,
        `INSERT INTO audit_log OVERRIDING SYSTEM VALUE SELECT * FROM jsonb_populate_record(NULL::audit_log, $1::jsonb)`,
        [j],
      );
    for (const j of links)
      await asTamperer(
        t,
        `INSERT INTO audit_chain SELECT * FROM jsonb_populate_record(NULL::audit_chain, $1::jsonb)`,
        [j],
      );
  };
  const restore = async (original: Saved) => {
    await putBack(original);
    expect(await verify()).toEqual({ ok: true, checked: ROWS });
  };

  it('starts from an intact chain', async () => {
    expect(await verify()).toEqual({ ok: true, checked: ROWS });
    const r = await t.gql<VerifyData>(VERIFY, {}, admin);
    expect(r.data.verifyAuditLog).toEqual({
      ok: true,
      checked: ROWS,
      firstBrokenSequence: null,
      reason: null,
    });
  });

  it.each([
    [
      'a changed after-state',
      `UPDATE audit_log SET after = jsonb_set(after, '{status}', '"FORGED"') WHERE ${at(4)}`,
    ],
    ['a changed action', `UPDATE audit_log SET action = 'test.forged' WHERE ${at(4)}`],
    [
      'a changed actor',
      `UPDATE audit_log SET actor_type = 'user', actor_role = 'ADMIN', actor_user_id = gen_random_uuid() WHERE ${at(4)}`,
    ],
    ['a back-dated row', `UPDATE audit_log SET occurred_at = occurred_at - interval '1 day' WHERE ${at(4)}`],
    ['a changed subject', `UPDATE audit_log SET subject_id = 'object-999' WHERE ${at(4)}`],
    ['a before-state removed', `UPDATE audit_log SET before = NULL WHERE ${at(4)}`],
    ['a metadata key added', `UPDATE audit_log SET metadata = '{"note": "x"}' WHERE ${at(4)}`],
    ['a replaced hash', `UPDATE audit_chain SET hash = repeat('c', 64) WHERE position = 4`],
  ])('reports exactly the row with %s', async (_what, sql) => {
    const original = await saved(4, 4);
    await asTamperer(t, sql);
    const result = await verify();
    expect(result).toMatchObject({ ok: false, checked: 3, firstBrokenSequence: '4' });
    expect(result.reason).toMatch(/no longer matches its hash/);
    const r = await t.gql<VerifyData>(VERIFY, {}, admin);
    expect(r.data.verifyAuditLog).toMatchObject({ ok: false, checked: 3, firstBrokenSequence: '4' });
    await restore(original);
  });

  it('reports the next row when a row is rewritten together with a recomputed hash', async () => {
    const original = await saved(6, 6);
    const [row] =
      await t.sql<TamperRow>(`SELECT c.position::text AS sequence, l.id::text AS id, occurred_at, actor_type,
      actor_user_id, actor_role, action, subject_type, subject_id, before, after, metadata, c.prev_hash
      FROM audit_chain c JOIN audit_log l ON l.id = c.audit_id WHERE c.position = 6`);
    const forged = { ...row.after, status: 'FORGED' };
    const hash = auditHash({
      sequence: row.sequence,
      id: row.id,
      occurredAt: row.occurred_at,
      actorType: row.actor_type,
      actorUserId: row.actor_user_id,
      actorRole: row.actor_role,
      action: row.action,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      before: row.before,
      after: forged,
      metadata: row.metadata,
      prevHash: row.prev_hash,
    });
    await asTamperer(t, `UPDATE audit_log SET after = $1::jsonb WHERE ${at(6)}`, [JSON.stringify(forged)]);
    await asTamperer(t, `UPDATE audit_chain SET hash = $1 WHERE position = 6`, [hash]);
    expect(await verify()).toEqual({
      ok: false,
      checked: 6,
      firstBrokenSequence: '7',
      reason: 'prev_hash is not the hash of row 6',
    });
    await restore(original);
  });

  it('reports a deleted row', async () => {
    const original = await saved(5, 5);
    await asTamperer(t, `DELETE FROM audit_log WHERE ${at(5)}`);
    expect(await verify()).toEqual({
      ok: false,
      checked: 4,
      firstBrokenSequence: '5',
      reason: 'row 5 is missing (its audit row is gone)',
    });
    await restore(original);
  });

  it('reports a deleted chain record, without sealing its row a second time', async () => {
    const original = await saved(5, 5);
    await asTamperer(t, `DELETE FROM audit_chain WHERE position = 5`);
    expect(await verify()).toEqual({
      ok: false,
      checked: 4,
      firstBrokenSequence: '5',
      reason: 'row 5 is missing (the next row is 6)',
    });
    expect(await t.sql(`SELECT count(*)::int AS n FROM audit_chain`)).toEqual([{ n: ROWS - 1 }]);
    await restore(original);
  });

  it('reports rows cut off the end of the chain', async () => {
    const original = await saved(ROWS - 1, ROWS);
    await asTamperer(
      t,
      `DELETE FROM audit_log WHERE id IN (SELECT audit_id FROM audit_chain WHERE position >= $1)`,
      [ROWS - 1],
    );
    expect(await verify()).toEqual({
      ok: false,
      checked: ROWS - 2,
      firstBrokenSequence: String(ROWS - 1),
      reason: `row ${ROWS - 1} is missing (its audit row is gone)`,
    });
    await restore(original);
  });

  it('reports two rows swapped', async () => {
    const original = await saved(2, 3);
    for (const [from, to] of [
      [2, 1_000_000],
      [3, 2],
      [1_000_000, 3],
    ])
      await asTamperer(t, `UPDATE audit_chain SET position = $2 WHERE position = $1`, [from, to]);
    expect(await verify()).toMatchObject({ ok: false, checked: 1, firstBrokenSequence: '2' });
    await restore(original);
  });

  it('verifies in batches: a chain longer than one batch is checked to the end', async () => {
    const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log`);
    const extra = 1005 - n;
    const service = t.app.get(AuditService);
    const ds = t.app.get(DataSource);
    for (let i = 0; i < extra; i += 50)
      await ds.transaction(async (tx) => {
        for (let j = i; j < Math.min(extra, i + 50); j++) await service.append(tx, testEntry(100 + j));
      });
    const began = performance.now();
    expect(await verify()).toEqual({ ok: true, checked: 1005 });
    process.stdout.write(`[audit] verified 1005 rows in ${(performance.now() - began).toFixed(0)} ms\n`);
    const original = await saved(1003, 1003);
    await asTamperer(t, `UPDATE audit_log SET action = 'test.forged' WHERE ${at(1003)}`);
    expect(await verify()).toMatchObject({ ok: false, checked: 1002, firstBrokenSequence: '1003' });
    await putBack(original);
    expect(await verify()).toEqual({ ok: true, checked: 1005 });
  });
});
