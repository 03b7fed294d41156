import { DataSource, QueryRunner } from 'typeorm';
import { AuditService } from '../../../src/core/audit/audit.module';
import { createTestApp, TestApp } from '../../setup/test-app';
import { appendOne, auditRowCount, head, seal, sequences, testEntry } from './audit-helpers';

/**
 * Appends never wait for each other; the sealer chains committed rows afterwards. These tests
 * race real transactions (separate connections) against sealing runs.
 */
describe('audit log: sealing committed rows', () => {
  let t: TestApp;
  let audit: AuditService;
  let ds: DataSource;
  beforeAll(async () => {
    t = await createTestApp();
    audit = t.app.get(AuditService);
    ds = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  /** A transaction of its own that stays open until the test commits or rolls it back. */
  const open = async (): Promise<QueryRunner> => {
    const qr = ds.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    return qr;
  };
  const end = async (qr: QueryRunner, how: 'commit' | 'rollback') => {
    if (how === 'commit') await qr.commitTransaction();
    else await qr.rollbackTransaction();
    await qr.release();
  };
  const idOf = async (subjectId: string) =>
    (await t.sql(`SELECT id::text AS id FROM audit_log WHERE subject_id = $1`, [subjectId]))[0]?.id as string;
  const positionOf = async (subjectId: string) =>
    (
      await t.sql(
        `SELECT c.position::int AS p FROM audit_chain c JOIN audit_log l ON l.id = c.audit_id WHERE l.subject_id = $1`,
        [subjectId],
      )
    ).map((r) => r.p as number);

  it('does not skip a row whose transaction is still open while the sealer runs, and seals it after its commit', async () => {
    await seal(t);
    const start = Number((await head(t)).sequence);
    // B takes its transaction id first; A then inserts a row with a LOWER id but a HIGHER
    // transaction id, and stays open while B inserts, commits and the sealer runs.
    const b = await open();
    await b.query(`SELECT pg_current_xact_id()`);
    const a = await open();
    await audit.append(a.manager, testEntry(101));
    await audit.append(b.manager, testEntry(102));
    await end(b, 'commit');
    const sealedWhileOpen = await seal(t);

    expect(sealedWhileOpen).toBe(1);
    expect(await positionOf('object-102')).toEqual([start + 1]);
    // Other rows committed meanwhile wait behind the open transaction (their xact is above it).
    await appendOne(t, testEntry(103));
    expect(await seal(t)).toBe(0);

    await end(a, 'commit');
    expect(await seal(t)).toBe(2);
    expect(BigInt(await idOf('object-101'))).toBeLessThan(BigInt(await idOf('object-102')));
    expect(await positionOf('object-101')).toEqual([start + 2]);
    expect(await positionOf('object-103')).toEqual([start + 3]);
    expect(await audit.verify()).toEqual({ ok: true, checked: start + 3 });
  });

  it('never seals the row of a transaction that rolls back, and leaves no gap in positions', async () => {
    const start = Number((await head(t)).sequence);
    const a = await open();
    await audit.append(a.manager, testEntry(201));
    await appendOne(t, testEntry(202));
    expect(await seal(t)).toBe(0);
    await end(a, 'rollback');
    expect(await seal(t)).toBe(1);
    expect(await positionOf('object-201')).toEqual([]);
    expect(await positionOf('object-202')).toEqual([start + 1]);
    expect(await sequences(t)).toEqual(Array.from({ length: start + 1 }, (_, i) => i + 1));
  });

  it('seals a row written in a savepoint when its top-level transaction commits', async () => {
    const start = Number((await head(t)).sequence);
    const a = await open();
    await a.query(`SAVEPOINT s`);
    await audit.append(a.manager, testEntry(301));
    await a.query(`RELEASE SAVEPOINT s`);
    expect(await seal(t)).toBe(0);
    await end(a, 'commit');
    expect(await seal(t)).toBe(1);
    expect(await positionOf('object-301')).toEqual([start + 1]);
  });

  it('seals every committed row exactly once while 200 transactions append, some rolling back, and sealers run concurrently', async () => {
    const start = Number((await head(t)).sequence);
    const rowsBefore = await auditRowCount(t);
    const n = 200;
    let appending = true;
    let sealRuns = 0;
    // Two sealers at once, each looping until the writers are done: the advisory lock keeps
    // them from colliding, and each run seals only what has definitely committed.
    const sealer = async () => {
      while (appending) {
        await audit.seal(50);
        sealRuns += 1;
      }
    };
    const sealers = [sealer(), sealer()];
    const results = await Promise.allSettled(
      Array.from({ length: n }, (_, i) =>
        ds.transaction(async (tx) => {
          await audit.append(tx, testEntry(10_000 + i));
          if (i % 3 === 0) await audit.append(tx, testEntry(20_000 + i));
          if (i % 10 === 7) throw new Error('rolled back on purpose');
        }),
      ),
    );
    appending = false;
    await Promise.all(sealers);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(20);
    await seal(t);

    const committed =
      n - 20 + Array.from({ length: n }, (_, i) => i).filter((i) => i % 3 === 0 && i % 10 !== 7).length;
    expect(await auditRowCount(t)).toBe(rowsBefore + committed);
    expect(sealRuns).toBeGreaterThan(1);
    // Every committed row sealed exactly once, positions 1..N without a gap.
    const [check] = await t.sql(
      `SELECT (SELECT count(*) FROM audit_log l WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.audit_id = l.id))::int AS unsealed,
              (SELECT count(*) FROM audit_chain)::int AS links,
              (SELECT count(DISTINCT audit_id) FROM audit_chain)::int AS distinct_rows`,
    );
    expect(check).toEqual({ unsealed: 0, links: start + committed, distinct_rows: start + committed });
    expect(await sequences(t)).toEqual(Array.from({ length: start + committed }, (_, i) => i + 1));
    expect(await audit.verify()).toEqual({ ok: true, checked: start + committed });
  });

  it('seals pending rows before verifying, and reports rows left unsealed for too long', async () => {
    await appendOne(t, testEntry(401));
    const pending = await positionOf('object-401');
    expect(pending).toEqual([]);
    const verified = await audit.verify();
    expect(verified.ok).toBe(true);
    expect(await positionOf('object-401')).toHaveLength(1);

    // A transaction left open holds every newer row back; rows held for over five minutes are a
    // finding (their occurred_at is back-dated here rather than waiting).
    const a = await open();
    await a.query(`SELECT pg_current_xact_id()`);
    await t.sql(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
    try {
      await appendOne(t, testEntry(402));
      await t.sql(
        `UPDATE audit_log SET occurred_at = occurred_at - interval '6 minutes' WHERE subject_id = 'object-402'`,
      );
    } finally {
      await t.sql(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
    }
    const held = await audit.verify();
    expect(held).toMatchObject({ ok: false, unsealed: 1 });
    expect(held.firstBrokenSequence).toBeUndefined();
    expect(held.reason).toMatch(/1 committed rows are still unsealed after 5 minutes/);
    await end(a, 'rollback');
    expect(await audit.verify()).toMatchObject({ ok: true });
  });
});
