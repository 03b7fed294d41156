import { ArtifactKind, Tier } from '../../../src/core/domain/work.enums';
import { createTestApp, GqlResult, registerUser, TestApp } from '../../setup/test-app';
import { ADMIN_ENV, adminToken, counts, PUBLISH, Row, row } from './rates-helpers';

type Input = { version: string; hourlyFloorMinor: number; platformFeeBasisPoints: number; rows: Row[] };
const table = (patch: Partial<Input> = {}): Input => ({
  version: 'bad-1',
  hourlyFloorMinor: 1500,
  platformFeeBasisPoints: 2000,
  rows: [row(), row({ tier: 'BASIC', baseAmountMinor: 750, estimatedMinutes: 15 })],
  ...patch,
});

/** Does the error name the field, in extensions (domain or validation errors) or the message? */
function namesField(r: GqlResult, field: string): boolean {
  const e = r.errors?.[0];
  if (!e) return false;
  const fields = (e.extensions.fields as { field: string }[] | undefined) ?? [];
  return e.extensions.field === field || fields.some((f) => f.field === field) || e.message.includes(field);
}

describe('rates: publishing tables', () => {
  let t: TestApp;
  let admin: string;
  let contractor: string;
  let requester: string;
  const publish = (input: Input, token = admin) => t.gql(PUBLISH, { input }, token);
  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await adminToken(t);
    contractor = (await registerUser(t, 'CONTRACTOR')).token;
    requester = (await registerUser(t, 'REQUESTER')).token;
  });
  afterAll(() => t.close());

  it('refuses non-admins with FORBIDDEN and anonymous callers with UNAUTHENTICATED, writing nothing', async () => {
    const before = await counts(t);
    for (const token of [contractor, requester]) {
      const r = await publish(table({ version: 'x-forbidden' }), token);
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    }
    const anonymous = await t.gql(PUBLISH, { input: table({ version: 'x-anon' }) });
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await counts(t)).toEqual(before);
  });

  const dupRows = [row(), row({ tier: 'BASIC', baseAmountMinor: 750, estimatedMinutes: 15 }), row()];
  it.each<[string, Partial<Input>, string, string]>([
    [
      'unknown SOC code',
      { rows: [row(), row({ professionCode: '99-9999' })] },
      'rows.1.professionCode',
      'UNKNOWN_PROFESSION',
    ],
    [
      'malformed SOC code',
      { rows: [row({ professionCode: 'lawyer' })] },
      'rows.0.professionCode',
      'INVALID_INPUT',
    ],
    ['lowercase currency', { rows: [row({ currency: 'usd' })] }, 'rows.0.currency', 'INVALID_INPUT'],
    ['unknown currency', { rows: [row({ currency: 'XYZ' })] }, 'rows.0.currency', 'INVALID_INPUT'],
    ['fee above 10000 bp', { platformFeeBasisPoints: 10_001 }, 'platformFeeBasisPoints', 'INVALID_INPUT'],
    ['negative fee', { platformFeeBasisPoints: -1 }, 'platformFeeBasisPoints', 'INVALID_INPUT'],
    ['negative floor', { hourlyFloorMinor: -1 }, 'hourlyFloorMinor', 'INVALID_INPUT'],
    [
      'estimatedMinutes 0',
      { rows: [row({ estimatedMinutes: 0 })] },
      'rows.0.estimatedMinutes',
      'INVALID_INPUT',
    ],
    [
      'estimatedMinutes over a week',
      { rows: [row({ estimatedMinutes: 10_081 })] },
      'rows.0.estimatedMinutes',
      'INVALID_INPUT',
    ],
    ['baseAmountMinor 0', { rows: [row({ baseAmountMinor: 0 })] }, 'rows.0.baseAmountMinor', 'INVALID_INPUT'],
    [
      'baseAmountMinor above 10^12',
      { rows: [row({ baseAmountMinor: 10 ** 12 + 1 })] },
      'rows.0.baseAmountMinor',
      'INVALID_INPUT',
    ],
    // refused by GraphQL coercion before any resolver runs: the message names the path
    [
      'baseAmountMinor beyond SafeInt',
      { rows: [row({ baseAmountMinor: 2 ** 53 })] },
      'baseAmountMinor',
      'BAD_USER_INPUT',
    ],
    ['unknown artifact kind', { rows: [row({ artifactKind: 'POEM' })] }, 'artifactKind', 'BAD_USER_INPUT'],
    ['empty rows', { rows: [] }, 'rows', 'INVALID_INPUT'],
    ['duplicate row keys', { rows: dupRows }, 'rows.2', 'DUPLICATE_RATE_ROW'],
    ['empty version', { version: '' }, 'version', 'INVALID_INPUT'],
    ['version with a space', { version: '2027 beta' }, 'version', 'INVALID_INPUT'],
    ['version of 51 characters', { version: 'v'.repeat(51) }, 'version', 'INVALID_INPUT'],
  ])(
    'refuses %s with BAD_USER_INPUT naming the field, writing nothing',
    async (_name, patch, field, reason) => {
      const before = await counts(t);
      const r = await publish(table(patch));
      expect(r.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].extensions.reason).toBe(reason);
      expect(namesField(r, field)).toBe(true);
      expect(await counts(t)).toEqual(before);
    },
  );

  it('refuses more than 5000 rows', async () => {
    const rows = Array.from({ length: 5001 }, (_, i) => row({ baseAmountMinor: 2000 + i }));
    const r = await publish(table({ rows }));
    expect(r.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(namesField(r, 'rows')).toBe(true);
  });

  it('refuses a table with a row below the hourly floor, naming the row, and writes nothing', async () => {
    const before = await counts(t);
    const rows = [
      row(),
      row({ tier: 'BASIC', baseAmountMinor: 375, estimatedMinutes: 15 }), // exactly 15.00/h: fine
      row({
        professionCode: '43-4051',
        artifactKind: 'MEMO',
        tier: 'BASIC',
        baseAmountMinor: 374,
        estimatedMinutes: 15,
      }),
      row({ tier: 'EXPERT', baseAmountMinor: 6000, estimatedMinutes: 60 }),
    ];
    const r = await publish(table({ version: 'below-floor', rows }));
    expect(r.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'BELOW_HOURLY_FLOOR',
      rowIndex: 2,
      field: 'rows.2.baseAmountMinor',
      professionCode: '43-4051',
      artifactKind: 'MEMO',
      tier: 'BASIC',
      currency: 'USD',
      impliedHourlyMinor: 1496,
      hourlyFloorMinor: 1500,
      minimumBaseAmountMinor: 375,
    });
    const message = r.errors![0].message;
    for (const part of ['rows[2]', '43-4051', 'MEMO', 'BASIC', 'USD', '14.96 USD/h', '15.00 USD/h'])
      expect(message).toContain(part);
    expect(await counts(t)).toEqual(before);
    expect(await t.sql(`SELECT 1 FROM rate_tables WHERE version = 'below-floor'`)).toEqual([]);
  });

  it('applies the floor in each row’s own minor units (JPY has none)', async () => {
    const rows = [row({ currency: 'JPY', baseAmountMinor: 1499, estimatedMinutes: 60 })];
    const r = await publish(table({ version: 'below-floor-jpy', rows }));
    expect(r.errors?.[0].extensions).toMatchObject({ reason: 'BELOW_HOURLY_FLOOR', rowIndex: 0 });
    expect(r.errors?.[0].message).toContain('1499 JPY/h, below the hourly floor of 1500 JPY/h');
  });

  it('refuses a version that exists with CONFLICT, writing nothing', async () => {
    const before = await counts(t);
    const r = await publish(table({ version: '2026.1' }));
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_EXISTS' });
    expect(await counts(t)).toEqual(before);
  });

  it('publishes a version once when admins race for it', async () => {
    const results = await Promise.all(Array.from({ length: 4 }, () => publish(table({ version: 'race-1' }))));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((x) => x.errors))
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_EXISTS' });
    const [{ n }] = await t.sql(
      `SELECT count(*)::int AS n FROM rate_rows r JOIN rate_tables t ON t.id = r.rate_table_id WHERE t.version = 'race-1'`,
    );
    expect(n).toBe(2);
  });
  it('publishes a full table of 5000 rows in one go', async () => {
    const majors = (
      await t.sql<{ code: string }>(`SELECT code FROM professions WHERE parent_code IS NULL ORDER BY code`)
    ).map((p) => p.code);
    const rows: Row[] = [];
    for (const currency of ['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'JPY', 'SEK', 'NOK', 'DKK'])
      for (const professionCode of majors)
        for (const artifactKind of Object.values(ArtifactKind))
          for (const tier of Object.values(Tier))
            rows.push(row({ professionCode, artifactKind, tier, currency }));
    const r = await publish(table({ version: 'full-5000', rows: rows.slice(0, 5000) }));
    expect(r.errors).toBeUndefined();
    const [{ n }] = await t.sql(
      `SELECT count(*)::int AS n FROM rate_rows r JOIN rate_tables t ON t.id = r.rate_table_id WHERE t.version = 'full-5000'`,
    );
    expect(n).toBe(5000);
  });
});
