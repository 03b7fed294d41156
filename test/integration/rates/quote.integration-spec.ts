import { DataSource } from 'typeorm';
import { createTestApp, GqlResult, registerUser, TestApp } from '../../setup/test-app';
import { RatesService } from '../../../src/modules/rates/rates.module';
import { ArtifactKind, Tier } from '../../../src/core/domain/work.enums';
import { quote } from './rates-helpers';

/** Quotes against the seeded default table 2026.1 (floor 15.00/h, fee 20 %). */
interface RateRowNode {
  professionCode: string;
  artifactKind: string;
  tier: string;
  currency: string;
  baseAmountMinor?: number;
  estimatedMinutes?: number;
}
interface RatePageData {
  rateTable: {
    rows: { edges: { node: RateRowNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
  };
}
interface RateTablesData {
  rateTables: {
    id: string;
    version: string;
    publishedAt: string;
    hourlyFloorMinor: number;
    platformFeeBasisPoints: number;
    rows: { totalCount: number; edges: { node: RateRowNode }[] };
  }[];
}

describe('rates: quotes from the seeded table', () => {
  let t: TestApp;
  let contractor: string;
  let requester: string;
  beforeAll(async () => {
    t = await createTestApp();
    contractor = (await registerUser(t, 'CONTRACTOR')).token;
    requester = (await registerUser(t, 'REQUESTER')).token;
  });
  afterAll(() => t.close());

  const money = (amountMinor: number, currency: string) => ({ amountMinor, currency });

  it.each([
    // profession, kind, tier, currency, price, fee, cost, minutes, hourly
    ['43-0000', 'EMAIL', 'STANDARD', 'USD', 2000, 400, 2400, 30, 4000],
    ['11-0000', 'MEMO', 'BASIC', 'USD', 750, 150, 900, 15, 3000],
    ['23-0000', 'TECHNICAL_DOC', 'EXPERT', 'EUR', 5500, 1100, 6600, 60, 5500],
    ['55-0000', 'OTHER', 'BASIC', 'EUR', 700, 140, 840, 15, 2800],
    ['15-0000', 'ANALYSIS_SUMMARY', 'EXPERT', 'JPY', 9000, 1800, 10800, 60, 9000],
    ['43-0000', 'SUPPORT_REPLY', 'BASIC', 'JPY', 1000, 200, 1200, 15, 4000],
  ])('quotes %s %s %s in %s exactly', async (p, k, tier, c, price, fee, cost, minutes, hourly) => {
    const r = await quote(t, contractor, p, k, tier, c);
    expect(r.errors).toBeUndefined();
    expect(r.data.rateQuote).toMatchObject({
      pricePerSample: money(price, c),
      platformFee: money(fee, c),
      requesterCost: money(cost, c),
      effectiveHourly: money(hourly, c),
      estimatedMinutes: minutes,
      rateTableVersion: '2026.1',
      platformFeeBasisPoints: 2000,
      matchedProfessionCode: p,
    });
  });

  it('falls back from a detailed occupation to its major group', async () => {
    const r = await quote(t, requester, '43-4051', 'SUPPORT_REPLY', 'STANDARD', 'USD');
    expect(r.errors).toBeUndefined();
    expect(r.data.rateQuote).toMatchObject({
      pricePerSample: money(2000, 'USD'),
      requesterCost: money(2400, 'USD'),
      matchedProfessionCode: '43-0000',
    });
    const minor = await quote(t, requester, '15-1200', 'TECHNICAL_DOC', 'BASIC', 'JPY');
    expect(minor.data.rateQuote.matchedProfessionCode).toBe('15-0000');
  });

  it('seeds every major group × kind × tier in USD and EUR, all at or above the floor', async () => {
    const [s] = await t.sql(`
      SELECT count(*) FILTER (WHERE r.currency IN ('USD','EUR'))::int AS usd_eur,
             count(*) FILTER (WHERE r.currency = 'JPY')::int AS jpy,
             count(*) FILTER (WHERE r.base_amount_minor * 60 < t.hourly_floor_minor * r.estimated_minutes)::int AS below,
             count(DISTINCT r.profession_code) FILTER (WHERE p.parent_code IS NOT NULL)::int AS non_major
      FROM rate_rows r JOIN rate_tables t ON t.id = r.rate_table_id JOIN professions p ON p.code = r.profession_code
      WHERE t.version = '2026.1'`);
    expect(s).toEqual({ usd_eur: 23 * 8 * 3 * 2, jpy: 2 * 8 * 3, below: 0, non_major: 0 });
  });

  it('pages through every row of a table once, in order, and refuses forged row cursors', async () => {
    const PAGE = `query($after: String) { rateTable(version: "2026.1") {
        rows(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }
          edges { node { professionCode artifactKind tier currency } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const r: GqlResult<RatePageData> = await t.gql<RatePageData>(PAGE, { after }, contractor);
      expect(r.errors).toBeUndefined();
      const rows = r.data.rateTable.rows;
      for (const e of rows.edges)
        seen.push(`${e.node.professionCode} ${e.node.artifactKind} ${e.node.tier} ${e.node.currency}`);
      if (!rows.pageInfo.hasNextPage) break;
      after = rows.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(23 * 8 * 3 * 2 + 48);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(seen);
    const cursor = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    for (const forged of [
      cursor(["15-0000'; DROP TABLE rate_rows; --", '00000000-0000-4000-8000-000000000000']),
      cursor(['15-0000 EMAIL BASIC USD', 'not-a-uuid']),
      'garbage',
    ]) {
      const r = await t.gql(PAGE, { after: forged }, contractor);
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
    }
  });

  it('lists the published tables with their rows to contractors and requesters', async () => {
    for (const token of [contractor, requester]) {
      const r = await t.gql<RateTablesData>(
        `{ rateTables { id version publishedAt hourlyFloorMinor platformFeeBasisPoints
             rows(currency: "JPY", professionCode: "15-0000") {
               totalCount edges { node { professionCode artifactKind tier currency baseAmountMinor estimatedMinutes } } } } }`,
        {},
        token,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.rateTables).toHaveLength(1);
      const [table] = r.data.rateTables;
      expect(table).toMatchObject({
        version: '2026.1',
        hourlyFloorMinor: 1500,
        platformFeeBasisPoints: 2000,
      });
      expect(Date.parse(table.publishedAt)).not.toBeNaN();
      expect(table.rows.totalCount).toBe(24);
      const rows = table.rows.edges.map((e) => e.node);
      expect(rows).toHaveLength(24);
      expect(rows).toContainEqual({
        professionCode: '15-0000',
        artifactKind: 'EMAIL',
        tier: 'EXPERT',
        currency: 'JPY',
        baseAmountMinor: 9000,
        estimatedMinutes: 60,
      });
    }
    const one = await t.gql<{
      rateTable: { version: string; rows: { totalCount: number; edges: unknown[] } };
    }>(`{ rateTable(version: "2026.1") { version rows { totalCount edges { cursor } } } }`, {}, contractor);
    expect(one.data.rateTable.rows.totalCount).toBe(23 * 8 * 3 * 2 + 48);
    expect(one.data.rateTable.rows.edges).toHaveLength(100); // one page by default
    const missing = await t.gql(`{ rateTable(version: "1999.9") { id } }`, {}, contractor);
    expect(missing.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'RATE_TABLE_NOT_FOUND',
    });
  });

  it.each([
    ['99-9999', 'USD', 'BAD_USER_INPUT', 'UNKNOWN_PROFESSION', 'professionCode'],
    ['not-a-code', 'USD', 'BAD_USER_INPUT', 'UNKNOWN_PROFESSION', 'professionCode'],
    ['43-4051', 'XYZ', 'BAD_USER_INPUT', 'UNKNOWN_CURRENCY', 'currency'],
    ['43-4051', 'usd', 'BAD_USER_INPUT', 'UNKNOWN_CURRENCY', 'currency'],
  ])('refuses %s in %s with %s %s', async (p, c, code, reason, field) => {
    const r = await quote(t, contractor, p, 'EMAIL', 'BASIC', c);
    expect(r.errors?.[0].extensions).toMatchObject({ code, reason, field });
    expect(r.data).toBeNull();
  });

  it('answers NOT_FOUND / NO_RATE for a currency the table does not price', async () => {
    const r = await quote(t, contractor, '43-4051', 'EMAIL', 'BASIC', 'GBP');
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'NO_RATE' });
    expect(r.errors?.[0].message).toContain('43-4051');
    // JPY is seeded for 43-0000 and 15-0000 only
    const jpy = await quote(t, contractor, '23-1011', 'EMAIL', 'BASIC', 'JPY');
    expect(jpy.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'NO_RATE' });
  });

  it('refuses anonymous callers with UNAUTHENTICATED', async () => {
    const r = await quote(t, undefined, '43-0000', 'EMAIL', 'BASIC', 'USD');
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(r.data).toBeNull();
    const tables = await t.gql(`{ rateTables { id } }`);
    expect(tables.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('quotes inside a caller’s transaction for other modules (RatesService.quote)', async () => {
    const rates = t.app.get(RatesService);
    const db = t.app.get(DataSource);
    const q = await db.transaction((tx) =>
      rates.quote(
        { professionCode: '43-4051', artifactKind: ArtifactKind.EMAIL, tier: Tier.EXPERT, currency: 'EUR' },
        tx,
      ),
    );
    const { rateTableId, ...rest } = q;
    expect(typeof rateTableId).toBe('string');
    expect(rest).toEqual({
      pricePerSample: 5500n,
      platformFee: 1100n,
      requesterCost: 6600n,
      currency: 'EUR',
      estimatedMinutes: 60,
      effectiveHourly: 5500n,
      rateTableVersion: '2026.1',
      platformFeeBasisPoints: 2000,
      matchedProfessionCode: '43-0000',
    });
    expect((await rates.currentTableOrThrow()).id).toBe(q.rateTableId);
  });
});
