import { createTestApp, registerUser, TestApp } from '../../setup/test-app';
import { ADMIN_ENV, adminToken, PUBLISH, quote, row, type PublishData } from './rates-helpers';

/** A newer published table takes over quotes; older ones stay readable. Tests run in order. */
describe('rates: a newer table supersedes for quotes', () => {
  let t: TestApp;
  let admin: string;
  let contractor: string;
  let requester: string;
  const table = (version: string, rows: ReturnType<typeof row>[], platformFeeBasisPoints = 2000) => ({
    version,
    hourlyFloorMinor: 1500,
    platformFeeBasisPoints,
    rows,
  });
  const publish = (input: ReturnType<typeof table>) => t.gql<PublishData>(PUBLISH, { input }, admin);
  beforeAll(async () => {
    // These tables cut pay and must still apply at once: no notice (it is tested in notice.*).
    t = await createTestApp({ ...ADMIN_ENV, RATE_CUT_NOTICE_DAYS: '0' });
    admin = await adminToken(t);
    contractor = (await registerUser(t, 'CONTRACTOR')).token;
    requester = (await registerUser(t, 'REQUESTER')).token;
  });
  afterAll(() => t.close());

  const v2Rows = [
    row({ professionCode: '23-0000', baseAmountMinor: 1234, estimatedMinutes: 45 }),
    row({
      professionCode: '43-0000',
      artifactKind: 'SUPPORT_REPLY',
      tier: 'BASIC',
      currency: 'JPY',
      baseAmountMinor: 900,
      estimatedMinutes: 15,
    }),
    row({
      professionCode: '43-4000',
      artifactKind: 'SUPPORT_REPLY',
      tier: 'BASIC',
      currency: 'JPY',
      baseAmountMinor: 1100,
      estimatedMinutes: 15,
    }),
    row({
      professionCode: '43-4051',
      artifactKind: 'SUPPORT_REPLY',
      tier: 'BASIC',
      currency: 'JPY',
      baseAmountMinor: 1001,
      estimatedMinutes: 8,
    }),
    row({
      professionCode: '15-1252',
      artifactKind: 'TECHNICAL_DOC',
      tier: 'EXPERT',
      currency: 'KWD',
      baseAmountMinor: 12345,
      estimatedMinutes: 60,
    }),
    row({
      professionCode: '43-0000',
      tier: 'BASIC',
      currency: 'EUR',
      baseAmountMinor: 1003,
      estimatedMinutes: 20,
    }),
    row({
      professionCode: '11-0000',
      artifactKind: 'OTHER',
      tier: 'BASIC',
      baseAmountMinor: 375,
      estimatedMinutes: 15,
    }),
  ];
  const m = (amountMinor: number, currency: string) => ({ amountMinor, currency });

  it('is published by an admin and supersedes the seed for quotes', async () => {
    const before = await quote(t, contractor, '23-1011', 'EMAIL', 'STANDARD', 'USD');
    expect(before.data.rateQuote).toMatchObject({
      rateTableVersion: '2026.1',
      matchedProfessionCode: '23-0000',
    });

    const r = await publish(table('2026.2-test', v2Rows));
    expect(r.errors).toBeUndefined();
    expect(r.data.publishRateTable).toMatchObject({
      version: '2026.2-test',
      hourlyFloorMinor: 1500,
      platformFeeBasisPoints: 2000,
    });
    expect(Date.parse(r.data.publishRateTable.publishedAt)).not.toBeNaN();
    const [stored] = await t.sql(
      `SELECT t.published_by, u.email, (SELECT count(*)::int FROM rate_rows WHERE rate_table_id = t.id) AS n
       FROM rate_tables t JOIN users u ON u.id = t.published_by WHERE t.version = '2026.2-test'`,
    );
    expect(stored).toMatchObject({ email: ADMIN_ENV.ADMIN_EMAIL, n: v2Rows.length });

    const after = await quote(t, contractor, '23-1011', 'EMAIL', 'STANDARD', 'USD');
    // 1234 × 20 % = 246.8 → 247; 1234 × 60 / 45 = 1645.33 → 1645
    expect(after.data.rateQuote).toEqual({
      pricePerSample: m(1234, 'USD'),
      platformFee: m(247, 'USD'),
      requesterCost: m(1481, 'USD'),
      effectiveHourly: m(1645, 'USD'),
      estimatedMinutes: 45,
      rateTableVersion: '2026.2-test',
      rateTableId: r.data.publishRateTable.id,
      platformFeeBasisPoints: 2000,
      matchedProfessionCode: '23-0000',
    });
    // a row only the old table had is no longer quoted
    const gone = await quote(t, requester, '11-0000', 'EMAIL', 'BASIC', 'USD');
    expect(gone.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'NO_RATE' });

    const list = await t.gql<{ rateTables: { version: string; rows: { totalCount: number } }[] }>(
      `{ rateTables { version rows { totalCount } } }`,
      {},
      requester,
    );
    expect(list.data.rateTables.map((x) => x.version)).toEqual(['2026.2-test', '2026.1']);
    expect(list.data.rateTables[1].rows.totalCount).toBe(1152); // the old table stays readable
  });

  it.each([
    // code, kind, tier, currency → matched, price, fee, cost, minutes, hourly
    ['43-4051', 'SUPPORT_REPLY', 'BASIC', 'JPY', '43-4051', 1001, 200, 1201, 8, 7508], // 200.2; 7507.5 ↑
    ['43-4171', 'SUPPORT_REPLY', 'BASIC', 'JPY', '43-4000', 1100, 220, 1320, 15, 4400], // minor group
    ['43-9021', 'SUPPORT_REPLY', 'BASIC', 'JPY', '43-0000', 900, 180, 1080, 15, 3600], // major group
    ['15-1252', 'TECHNICAL_DOC', 'EXPERT', 'KWD', '15-1252', 12345, 2469, 14814, 60, 12345], // exponent 3
    ['43-0000', 'EMAIL', 'BASIC', 'EUR', '43-0000', 1003, 201, 1204, 20, 3009], // 200.6 → 201
    ['11-1011', 'OTHER', 'BASIC', 'USD', '11-0000', 375, 75, 450, 15, 1500], // exactly at the floor
  ])(
    'quotes %s %s %s %s from the nearest row exactly',
    async (p, k, tier, c, matched, price, fee, cost, mins, hourly) => {
      const r = await quote(t, contractor, p, k, tier, c);
      expect(r.errors).toBeUndefined();
      expect(r.data.rateQuote).toMatchObject({
        pricePerSample: m(price, c),
        platformFee: m(fee, c),
        requesterCost: m(cost, c),
        effectiveHourly: m(hourly, c),
        estimatedMinutes: mins,
        matchedProfessionCode: matched,
        rateTableVersion: '2026.2-test',
      });
    },
  );

  it('is itself superseded by the next one, fee and all', async () => {
    const rows = [row({ baseAmountMinor: 1003, estimatedMinutes: 30 })];
    const r = await publish(table('2026.3-test', rows, 1250));
    expect(r.errors).toBeUndefined();
    const q = await quote(t, requester, '43-4051', 'EMAIL', 'STANDARD', 'USD');
    // 1003 × 12.5 % = 125.375 → 125; 1003 × 60 / 30 = 2006
    expect(q.data.rateQuote).toMatchObject({
      pricePerSample: m(1003, 'USD'),
      platformFee: m(125, 'USD'),
      requesterCost: m(1128, 'USD'),
      effectiveHourly: m(2006, 'USD'),
      platformFeeBasisPoints: 1250,
      rateTableVersion: '2026.3-test',
    });
    const old = await quote(t, requester, '43-4051', 'SUPPORT_REPLY', 'BASIC', 'JPY');
    expect(old.errors?.[0].extensions.reason).toBe('NO_RATE');
  });
});
