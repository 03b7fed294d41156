import { DataSource } from 'typeorm';
import { AuditLog1764160006000 } from '../../../migrations/1764160006000-audit-log';
import { createTestApp, TestApp } from '../../setup/test-app';
import { appendOne, head, seal, testEntry } from './audit-helpers';

describe('audit log migration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('goes down and up again, starting a fresh chain at the genesis hash', async () => {
    await appendOne(t, testEntry(1));
    expect(await seal(t)).toBe(1);
    const runner = t.app.get(DataSource).createQueryRunner();
    try {
      const migration = new AuditLog1764160006000();
      await migration.down(runner);
      expect(
        await t.sql(`SELECT to_regclass('audit_log') AS t, to_regproc('audit_chain_link') AS f`),
      ).toEqual([{ t: null, f: null }]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await head(t)).toEqual({ sequence: '0', hash: '0'.repeat(64) });
    await appendOne(t, testEntry(2));
    expect(await seal(t)).toBe(1);
    expect(await head(t)).toMatchObject({ sequence: '1' });
  });
});
