import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../src/core/audit/audit.module';
import { LedgerService } from '../../../src/modules/ledger/ledger.service';
import { createTestApp, GqlResult, TestApp } from '../../setup/test-app';
import { ADMIN, ADMIN_ENV, login } from '../tasks/tasks-helpers';
import { fund, newEscrow } from '../ledger/ledger-helpers';
import { appendOne, AUDIT_LOG, head, sequences, testEntry, VERIFY } from './audit-helpers';

/** The chain itself: concurrent writers, atomicity with the caller's transaction, append-only. */
describe('audit log: the chain', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await login(t, ADMIN.email, ADMIN.password);
  });
  afterAll(() => t.close());

  const verify = async () => {
    const r = await t.gql(VERIFY, {}, admin);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data.verifyAuditLog as { ok: boolean; checked: number; firstBrokenSequence: string | null };
  };

  it('serialises 50 concurrent transactions into a gap-free chain that verifies', async () => {
    const start = Number((await head(t)).sequence);
    const n = 50;
    const began = performance.now();
    await Promise.all(Array.from({ length: n }, (_, i) => appendOne(t, testEntry(i))));
    const ms = performance.now() - began;
    process.stdout.write(`[audit] ${n} concurrent appends in ${ms.toFixed(0)} ms\n`);

    expect(await sequences(t)).toEqual(Array.from({ length: start + n }, (_, i) => i + 1));
    const objects = await t.sql(`SELECT subject_id FROM audit_log WHERE action = 'test.appended'`);
    expect(new Set(objects.map((o) => o.subject_id)).size).toBe(n);
    expect(await verify()).toEqual({ ok: true, checked: start + n, firstBrokenSequence: null, reason: null });
    expect((await head(t)).sequence).toBe(String(start + n));
  });

  it('links each row to the one before it, from the genesis hash', async () => {
    const rows = await t.sql(`SELECT sequence::int AS s, prev_hash, hash FROM audit_log ORDER BY sequence`);
    expect(rows[0].prev_hash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(rows.length);
  });

  it('leaves no row and no gap behind a rolled-back transaction', async () => {
    const before = await head(t);
    await expect(
      t.app.get(DataSource).transaction(async (tx) => {
        await t.app.get(AuditService).append(tx, testEntry(1000));
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');
    expect(await head(t)).toEqual(before);
    expect(await t.sql(`SELECT 1 FROM audit_log WHERE subject_id = 'object-1000'`)).toHaveLength(0);
    await appendOne(t, testEntry(1001));
    const [row] = await t.sql(`SELECT sequence::text AS s FROM audit_log WHERE subject_id = 'object-1001'`);
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

  it('refuses to append outside a transaction', async () => {
    await expect(t.app.get(AuditService).append(t.app.get(DataSource).manager, testEntry(1))).rejects.toThrow(
      /inside the transaction/,
    );
  });

  it('refuses content that could be personal data, writing nothing', async () => {
    const before = await head(t);
    for (const after of [
      { email: 'jane.doe@example.com' },
      { note: 'Jane wrote this reply herself' },
      { body: 'x'.repeat(201) },
    ])
      await expect(appendOne(t, { ...testEntry(2000), after })).rejects.toThrow(/personal data|content out/);
    expect(await head(t)).toEqual(before);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit rows, whatever they match', async () => {
    const before = await t.sql(`SELECT count(*)::int AS n FROM audit_log`);
    for (const sql of [
      `UPDATE audit_log SET action = 'test.rewritten' WHERE sequence = 1`,
      `UPDATE audit_log SET action = 'test.rewritten' WHERE false`,
      `DELETE FROM audit_log WHERE sequence = 1`,
      `DELETE FROM audit_log WHERE false`,
      `TRUNCATE audit_log`,
    ])
      await expect(t.sql(sql)).rejects.toThrow(/audit table audit_log is append-only/);
    expect(await t.sql(`SELECT count(*)::int AS n FROM audit_log`)).toEqual(before);
  });

  it('keeps the chain head out of reach: no hand edit, delete or second row', async () => {
    const before = await head(t);
    await expect(t.sql(`UPDATE audit_chain_head SET last_sequence = 0`)).rejects.toThrow(
      /moves only when an audit row is appended/,
    );
    await expect(t.sql(`DELETE FROM audit_chain_head`)).rejects.toThrow(/append-only/);
    await expect(t.sql(`TRUNCATE audit_chain_head`)).rejects.toThrow(/append-only/);
    await expect(
      t.sql(`INSERT INTO audit_chain_head (id, last_sequence, last_hash) VALUES (1, 0, repeat('0', 64))`),
    ).rejects.toThrow(/append-only/);
    expect(await head(t)).toEqual(before);
  });

  it('refuses a hand-written row that does not extend the head', async () => {
    const h = await head(t);
    const insert = (sequence: string, prevHash: string) =>
      t.sql(
        `INSERT INTO audit_log (sequence, occurred_at, actor_type, actor_role, action, subject_type, subject_id,
           prev_hash, hash) VALUES ($1, now(), 'system', 'SYSTEM', 'test.forged', 'test_object', 'x', $2, repeat('a', 64))`,
        [sequence, prevHash],
      );
    await expect(insert(String(Number(h.sequence) + 2), h.hash)).rejects.toThrow(
      /does not extend the chain head/,
    );
    await expect(insert(h.sequence, h.hash)).rejects.toThrow(/does not extend the chain head|duplicate key/);
    await expect(insert(String(Number(h.sequence) + 1), 'b'.repeat(64))).rejects.toThrow(
      /does not extend the chain head/,
    );
    expect(await head(t)).toEqual(h);
  });

  it('chains every ledger entry posted, and nothing for an idempotent replay', async () => {
    const before = Number((await head(t)).sequence);
    const escrow = newEscrow();
    const entry = fund(escrow, 1234n);
    const { entryId } = await t.app.get(LedgerService).post(entry);
    expect((await t.app.get(LedgerService).post(entry)).created).toBe(false);
    const rows = await t.sql(`SELECT * FROM audit_log WHERE sequence > $1 ORDER BY sequence`, [before]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      sequence: String(before + 1),
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
    const before = await head(t);
    const overdraw = { ...fund(newEscrow(), 10n) };
    overdraw.moves = [{ ...overdraw.moves[0], from: overdraw.moves[0].to, to: overdraw.moves[0].from }];
    await expect(t.app.get(LedgerService).post(overdraw)).rejects.toMatchObject({
      reason: 'INSUFFICIENT_FUNDS',
    });
    expect(await head(t)).toEqual(before);
  });

  it('lists entries newest first, filtered by subject, page by page', async () => {
    const all = await t.gql(AUDIT_LOG, { type: 'test_object', first: 100 }, admin);
    expect(all.errors).toBeUndefined();
    const seqs = all.data.auditLog.edges.map((e: { node: { sequence: string } }) => Number(e.node.sequence));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(all.data.auditLog.totalCount).toBe(seqs.length);

    const pages: number[] = [];
    let after: string | null = null;
    do {
      const r: GqlResult = await t.gql(AUDIT_LOG, { type: 'test_object', first: 7, after }, admin);
      expect(r.errors).toBeUndefined();
      pages.push(
        ...r.data.auditLog.edges.map((e: { node: { sequence: string } }) => Number(e.node.sequence)),
      );
      after = r.data.auditLog.pageInfo.hasNextPage ? r.data.auditLog.pageInfo.endCursor : null;
    } while (after);
    expect(pages).toEqual(seqs);

    const one = await t.gql(AUDIT_LOG, { type: 'test_object', id: 'object-3' }, admin);
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

  it('costs one short lock per append (figures for the report, no threshold)', async () => {
    // Baseline: the same transactions writing one jsonb row to a plain table instead.
    await t.sql(`CREATE TABLE bench_plain (id bigserial PRIMARY KEY, payload jsonb NOT NULL)`);
    const ds = t.app.get(DataSource);
    const plain = (i: number) =>
      ds.transaction((tx) =>
        tx.query(`INSERT INTO bench_plain (payload) VALUES ($1::jsonb)`, [JSON.stringify({ i })]),
      );
    const time = async (label: string, run: () => Promise<unknown>) => {
      const began = performance.now();
      await run();
      return `${label} ${(performance.now() - began).toFixed(0)} ms`;
    };
    const n = 100;
    const figures = [
      await time(`${n} serial plain writes`, async () => {
        for (let i = 0; i < n; i++) await plain(i);
      }),
      await time(`${n} serial appends`, async () => {
        for (let i = 0; i < n; i++) await appendOne(t, testEntry(3000 + i));
      }),
      await time(`${n} concurrent plain writes`, () =>
        Promise.all(Array.from({ length: n }, (_, i) => plain(i))),
      ),
      await time(`${n} concurrent appends`, () =>
        Promise.all(Array.from({ length: n }, (_, i) => appendOne(t, testEntry(4000 + i)))),
      ),
    ];
    process.stdout.write(`[audit] ${figures.join('; ')}\n`);
    expect((await verify()).ok).toBe(true);
  });
});
