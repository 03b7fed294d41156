import { createTestApp, TestApp } from '../../setup/test-app';

/**
 * The SOC 2018 seed is history: deployed databases ran it, so whatever the migration reads and
 * however it parses must keep producing exactly these rows. The fingerprint was taken from the
 * seed as first applied (every column of every row, by code).
 */
describe('migration 1764160000001 (SOC 2018 seed)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('produces exactly the rows it produced when first applied', async () => {
    const [row] = await t.sql<{ n: number; fingerprint: string }>(
      `SELECT count(*)::int AS n,
              md5(string_agg(concat_ws('|', code, title, level, coalesce(parent_code, '-')), E'\\n' ORDER BY code)) AS fingerprint
         FROM professions`,
    );
    expect(row).toEqual({ n: 1447, fingerprint: 'bfa3d31d9b6bd632397efb1d5b1881a7' });
  });
});
