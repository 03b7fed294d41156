import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../src/core/audit/audit.module';
import { LedgerService } from '../../../src/modules/ledger/ledger.service';
import { createTestApp, GqlResult, TestApp } from '../../setup/test-app';
import { ADMIN, ADMIN_ENV, login } from '../tasks/tasks-helpers';
import { fund, newEscrow } from '../ledger/ledger-helpers';
import {
  appendOne,
  AUDIT_LOG,
  AuditLogData,
  auditRowCount,
  head,
  seal,
  sequences,
  testEntry,
  VERIFY,
  VerifyData,
} from './audit-helpers';

/** The chain itself: concurrent writers and sealing, atomicity with the caller's transaction, append-only. */
describe('audit log: the chain', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await login(t, ADMIN.email, ADMIN.password);
  });
  afterAll(() => t.close());

  const verify = async () => {
    const r = await t.gql<VerifyData>(VERIFY, {}, admin);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data.verifyAuditLog;
  };

  it('chains 50 concurrent transactions, once sealed, into a gap-free chain that verifies', async () => {
    const start = Number((await head(t)).sequence);
    const n = 50;
    await Promise.all(Array.from({ length: n }, (_, i) => appendOne(t, testEntry(i))));
    // Appending alone chains nothing: the sealer does.
    expect((await head(t)).sequence).toBe(String(start));
    expect(await seal(t)).toBe(n);
    expect(await seal(t)).toBe(0);

    expect(await sequences(t)).toEqual(Array.from({ length: start + n }, (_, i) => i + 1));
    const objects = await t.sql<{ subject_id: string }>(
      `SELECT subject_id FROM audit_log WHERE action = 'test.appended'`,
    );
    expect(new Set(objects.map((o) => o.subject_id)).size).toBe(n);
    expect(await verify()).toEqual({ ok: true, checked: start + n, firstBrokenSequence: null, reason: null });
    expect((await head(t)).sequence).toBe(String(start + n));
  });

  it('links each row to the one before it, from the genesis hash', async () => {
    const rows = await t.sql<{ s: number; prev_hash: string; hash: string }>(
      `SELECT position::int AS s, prev_hash, hash FROM audit_chain ORDER BY position`,
    );
    expect(rows[0].prev_hash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(rows.length);
  });

  it('leaves no row and no gap behind a rolled-back transaction', async () => {
    await seal(t);
    const before = await head(t);
    await expect(
      t.app.get(DataSource).transaction(async (tx) => {
        await t.app.get(AuditService).append(tx, testEntry(1000));
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');
    expect(await seal(t)).toBe(0);
    expect(await head(t)).toEqual(before);
    expect(await t.sql(`SELECT 1 FROM audit_log WHERE subject_id = 'object-1000'`)).toHaveLength(0);
    await appendOne(t, testEntry(1001));
    expect(await seal(t)).toBe(1);
    const [row] = await t.sql<{ s: string }>(
      `SELECT c.position::text AS s FROM audit_chain c JOIN audit_log l ON l.id = c.audit_id
       WHERE l.subject_id = 'object-1001'`,
    );
    expect(row.s).toBe(String(Number(before.sequence) + 1));
    expect((await verify()).ok).toBe(true);
  });

  it('verifies rows holding any JSON values after their round trip through jsonb', async () => {
    const text = fc
      .string({ unit: 'grapheme', maxLength: 12 })
      .filter((v) => !/[\s@]/.test(v) && !v.includes('\0')); // jsonb refuses NUL
    const leaf = fc.oneof(
      text,
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.constantFrom(Number.MAX_SAFE_INTEGER, 1e21, 5e-324, -0, 0.1, 1.5e300),
      fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
      fc.boolean(),
      fc.constant(null),
    );
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('tree'), { maxLength: 3 }), tie('object')),
      object: fc.dictionary(text, tie('tree'), { maxKeys: 4 }),
    }));
    const objects = fc.dictionary(text, tree, { maxKeys: 5 });
    const samples = fc.sample(fc.tuple(objects, objects), { numRuns: 40, seed: 20261202 });
    for (const [i, [before, after]] of samples.entries())
      await appendOne(t, { ...testEntry(5000 + i), before, after, metadata: after });
    expect(await verify()).toMatchObject({ ok: true, firstBrokenSequence: null });
  });

  it('appends many rows in one call: chained in the order given, all or none', async () => {
    const start = Number((await head(t)).sequence);
    await seal(t);
    const entries = Array.from({ length: 30 }, (_, i) => ({
      ...testEntry(3000 + i),
      subject: { type: 'test_batch', id: `batch-${i}` },
    }));
    const audit = t.app.get(AuditService);
    await t.app.get(DataSource).transaction((tx) => audit.appendMany(tx, entries));
    const before = await auditRowCount(t);
    await expect(
      t.app
        .get(DataSource)
        .transaction((tx) =>
          audit.appendMany(tx, [
            testEntry(4000),
            { ...testEntry(4001), after: { email: 'jane.doe@example.com' } },
          ]),
        ),
    ).rejects.toThrow(/personal data/);
    expect(await auditRowCount(t)).toBe(before);
    await seal(t);
    const chained = await t.sql<{ subject_id: string }>(
      `SELECT l.subject_id FROM audit_chain c JOIN audit_log l ON l.id = c.audit_id
       WHERE l.subject_type = 'test_batch' ORDER BY c.position`,
    );
    expect(chained.map((r) => r.subject_id)).toEqual(entries.map((e) => e.subject.id));
    expect(await verify()).toMatchObject({ ok: true });
    expect(Number((await head(t)).sequence)).toBeGreaterThanOrEqual(start + 30);
  });

  it('refuses to append outside a transaction', async () => {
    await expect(t.app.get(AuditService).append(t.app.get(DataSource).manager, testEntry(1))).rejects.toThrow(
      /inside the transaction/,
    );
  });

  it('refuses content that could be personal data, writing nothing', async () => {
    const before = await auditRowCount(t);
    for (const after of [
      { email: 'jane.doe@example.com' },
      { note: 'Jane wrote this reply herself' },
      { body: 'x'.repeat(201) },
    ])
      await expect(appendOne(t, { ...testEntry(2000), after })).rejects.toThrow(/personal data|content out/);
    expect(await auditRowCount(t)).toBe(before);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit rows and chain records, whatever they match', async () => {
    await seal(t);
    const count = () =>
      t.sql<{ rows: number; links: number }>(
        `SELECT (SELECT count(*) FROM audit_log)::int AS rows, (SELECT count(*) FROM audit_chain)::int AS links`,
      );
    const before = await count();
    expect(before[0].links).toBeGreaterThan(0);
    for (const table of ['audit_log', 'audit_chain'])
      for (const sql of [
        `UPDATE ${table} SET ${table === 'audit_log' ? 'action' : 'hash'} = DEFAULT WHERE false`,
        `UPDATE ${table} SET ${table === 'audit_log' ? "action = 'test.rewritten'" : "hash = repeat('a', 64)"}`,
        `DELETE FROM ${table} WHERE ${table === 'audit_log' ? 'id' : 'position'} = 1`,
        `DELETE FROM ${table} WHERE false`,
        `TRUNCATE ${table} CASCADE`,
      ])
        await expect(t.sql(sql)).rejects.toThrow(new RegExp(`audit table ${table} is append-only`));
    expect(await count()).toEqual(before);
  });

  it('refuses a hand-written chain record that does not extend the chain, or seals a row twice', async () => {
    await appendOne(t, testEntry(6000));
    const [{ id }] = await t.sql<{ id: string }>(
      `SELECT id::text AS id FROM audit_log WHERE subject_id = 'object-6000'`,
    );
    const h = await head(t);
    const insert = (position: string, prevHash: string, auditId = id) =>
      t.sql(
        `INSERT INTO audit_chain (position, audit_id, prev_hash, hash) VALUES ($1, $2, $3, repeat('a', 64))`,
        [position, auditId, prevHash],
      );
    const next = String(Number(h.sequence) + 1);
    await expect(insert(String(Number(h.sequence) + 2), h.hash)).rejects.toThrow(/does not extend the chain/);
    await expect(insert(h.sequence, h.hash)).rejects.toThrow(/does not extend the chain|duplicate key/);
    await expect(insert(next, 'b'.repeat(64))).rejects.toThrow(/does not extend the chain/);
    const [{ sealed }] = await t.sql<{ sealed: string }>(
      `SELECT audit_id::text AS sealed FROM audit_chain WHERE position = 1`,
    );
    await expect(insert(next, h.hash, sealed)).rejects.toThrow(/duplicate key/);
    expect(await head(t)).toEqual(h);
    expect(await seal(t)).toBe(1);
  });

  it('chains every ledger entry posted, and nothing for an idempotent replay', async () => {
    const [{ last }] = await t.sql<{ last: string }>(
      `SELECT coalesce(max(id), 0)::text AS last FROM audit_log`,
    );
    const escrow = newEscrow();
    const entry = fund(escrow, 1234n);
    const { entryId } = await t.app.get(LedgerService).post(entry);
    expect((await t.app.get(LedgerService).post(entry)).created).toBe(false);
    const rows = await t.sql(`SELECT * FROM audit_log WHERE id > $1 ORDER BY id`, [last]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor_type: 'system',
      actor_role: 'SYSTEM',
      actor_user_id: null,
      action: 'ledger.entry_posted',
      subject_type: 'ledger_entry',
      subject_id: entryId,
      before: null,
      after: {
        idempotencyKey: entry.idempotencyKey,
        kind: 'TASK_FUNDED',
        reference: escrow,
        moves: [{ from: 'processor:clearing', to: escrow, amount: '1234', currency: 'USD' }],
      },
    });
    expect((await verify()).ok).toBe(true);
  });

  it('commits no audit row for a ledger entry the database refuses', async () => {
    const before = await auditRowCount(t);
    const overdraw = { ...fund(newEscrow(), 10n) };
    overdraw.moves = [{ ...overdraw.moves[0], from: overdraw.moves[0].to, to: overdraw.moves[0].from }];
    await expect(t.app.get(LedgerService).post(overdraw)).rejects.toMatchObject({
      reason: 'INSUFFICIENT_FUNDS',
    });
    expect(await auditRowCount(t)).toBe(before);
  });

  it('lists entries newest first, filtered by subject, page by page', async () => {
    const all = await t.gql<AuditLogData>(AUDIT_LOG, { type: 'test_object', first: 100 }, admin);
    expect(all.errors).toBeUndefined();
    const seqs = all.data.auditLog.edges.map((e) => Number(e.node.sequence));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(all.data.auditLog.totalCount).toBe(seqs.length);

    const pages: number[] = [];
    let after: string | null = null;
    do {
      const r: GqlResult<AuditLogData> = await t.gql<AuditLogData>(
        AUDIT_LOG,
        { type: 'test_object', first: 7, after },
        admin,
      );
      expect(r.errors).toBeUndefined();
      pages.push(...r.data.auditLog.edges.map((e) => Number(e.node.sequence)));
      after = r.data.auditLog.pageInfo.hasNextPage ? r.data.auditLog.pageInfo.endCursor : null;
    } while (after);
    expect(pages).toEqual(seqs);

    const one = await t.gql<AuditLogData>(AUDIT_LOG, { type: 'test_object', id: 'object-3' }, admin);
    expect(one.data.auditLog.totalCount).toBe(1);
    expect(one.data.auditLog.edges[0].node).toMatchObject({
      actorType: 'SYSTEM',
      actorUserId: null,
      action: 'test.appended',
      before: { n: 3, status: 'OLD' },
      after: { n: 4, status: 'NEW', amount: '3000' },
      metadata: {},
    });
  });

  it('refuses a malformed filter or cursor as BAD_USER_INPUT', async () => {
    for (const vars of [{ type: 'Not Snake' }, { after: 'bm90LWEtY3Vyc29y' }, { first: 0 }, { id: '' }]) {
      const r = await t.gql(AUDIT_LOG, vars, admin);
      expect(r.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});
