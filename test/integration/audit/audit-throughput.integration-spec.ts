import { DataSource } from 'typeorm';
import { AuditService } from '../../../src/core/audit/audit.module';
import { dataSourceOptions } from '../../../src/core/database/data-source-options';
import { createTestApp, TestApp } from '../../setup/test-app';
import { seal, sequences, testEntry } from './audit-helpers';

/**
 * Figures for the report (no threshold on speed): 50 connections each running transactions that
 * write one row — a plain insert (the ceiling), the same behind a one-row head locked FOR UPDATE
 * (how audit rows used to be chained), and AuditService.append — then how fast the sealer chains.
 * Rerun: npx jest --selectProjects integration --testPathPatterns integration/audit/audit-throughput
 */
describe('audit log: throughput', () => {
  const CONNECTIONS = 50;
  const PER_CONNECTION = 20;
  let t: TestApp;
  let ds: DataSource;
  let audit: AuditService;
  beforeAll(async () => {
    t = await createTestApp();
    ds = new DataSource(dataSourceOptions(t.databaseUrl, { extra: { max: CONNECTIONS } }));
    await ds.initialize();
    audit = new AuditService(ds);
    await t.sql(`CREATE TABLE bench_plain (id bigserial PRIMARY KEY, payload jsonb NOT NULL)`);
    await t.sql(`CREATE TABLE bench_head (id int PRIMARY KEY, n bigint NOT NULL)`);
    await t.sql(`INSERT INTO bench_head VALUES (1, 0)`);
  });
  afterAll(async () => {
    await ds.destroy();
    await t.close();
  });

  /** Transactions per second with CONNECTIONS workers running PER_CONNECTION transactions each. */
  const rate = async (txn: (i: number) => Promise<unknown>): Promise<number> => {
    const began = performance.now();
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async (_, w) => {
        for (let k = 0; k < PER_CONNECTION; k++) await txn(w * PER_CONNECTION + k);
      }),
    );
    return Math.round((CONNECTIONS * PER_CONNECTION) / ((performance.now() - began) / 1000));
  };
  const payload = (i: number) => JSON.stringify({ ...testEntry(i), after: { n: i + 1, status: 'NEW' } });

  it('appends concurrently at the speed of a plain insert, and seals faster than it appends', async () => {
    await rate((i) =>
      ds.transaction((tx) => tx.query(`INSERT INTO bench_plain (payload) VALUES ($1)`, [payload(i)])),
    ); // warm-up
    const plain = await rate((i) =>
      ds.transaction((tx) => tx.query(`INSERT INTO bench_plain (payload) VALUES ($1)`, [payload(i)])),
    );
    const headLocked = await rate((i) =>
      ds.transaction(async (tx) => {
        await tx.query(`SELECT n FROM bench_head WHERE id = 1 FOR UPDATE`);
        await tx.query(`INSERT INTO bench_plain (payload) VALUES ($1)`, [payload(i)]);
        await tx.query(`UPDATE bench_head SET n = n + 1 WHERE id = 1`);
      }),
    );
    const appended = await rate((i) => ds.transaction((tx) => audit.append(tx, testEntry(i))));

    const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log`);
    const began = performance.now();
    expect(await seal(t)).toBe(n);
    const sealRate = Math.round(n / ((performance.now() - began) / 1000));
    process.stdout.write(
      `[audit] ${CONNECTIONS} connections x ${PER_CONNECTION} transactions, one row each: ` +
        `plain insert ${plain}/s; behind a head lock ${headLocked}/s; AuditService.append ${appended}/s; ` +
        `sealing ${sealRate} rows/s (${n} rows)\n`,
    );
    expect(await sequences(t)).toHaveLength(n);
    expect(await audit.verify()).toEqual({ ok: true, checked: n });
  });
});
