import { TestApp } from '../../setup/test-app';

export const ADMIN = { email: 'root@fairsample.test', password: 'admin-password-123' };
export const ADMIN_ENV = { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };

interface Money {
  amountMinor: number;
  currency: string;
}

/** rateQuote's result. */
export interface QuoteData {
  rateQuote: {
    pricePerSample: Money;
    platformFee: Money;
    requesterCost: Money;
    effectiveHourly: Money;
    estimatedMinutes: number;
    rateTableVersion: string;
    rateTableId: string;
    platformFeeBasisPoints: number;
    matchedProfessionCode: string;
  };
}

/** publishRateTable's result. */
export interface PublishData {
  publishRateTable: {
    id: string;
    version: string;
    publishedAt: string;
    hourlyFloorMinor: number;
    platformFeeBasisPoints: number;
  };
}

export const QUOTE = `query($p: String!, $k: ArtifactKind!, $t: Tier!, $c: String!) {
  rateQuote(professionCode: $p, artifactKind: $k, tier: $t, currency: $c) {
    pricePerSample { amountMinor currency } platformFee { amountMinor currency }
    requesterCost { amountMinor currency } effectiveHourly { amountMinor currency }
    estimatedMinutes rateTableVersion rateTableId platformFeeBasisPoints matchedProfessionCode
  }
}`;

export const PUBLISH = `mutation($input: RateTableInput!) {
  publishRateTable(input: $input) { id version publishedAt hourlyFloorMinor platformFeeBasisPoints }
}`;

export interface Row {
  professionCode: string;
  artifactKind: string;
  tier: string;
  currency: string;
  baseAmountMinor: number;
  estimatedMinutes: number;
}

export const row = (patch: Partial<Row> = {}): Row => ({
  professionCode: '43-0000',
  artifactKind: 'EMAIL',
  tier: 'STANDARD',
  currency: 'USD',
  baseAmountMinor: 2000,
  estimatedMinutes: 30,
  ...patch,
});

export async function adminToken(t: TestApp): Promise<string> {
  const r = await t.gql<{ login: { token: string } }>(
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
    {
      e: ADMIN.email,
      p: ADMIN.password,
    },
  );
  if (r.errors) throw new Error(`admin login failed: ${JSON.stringify(r.errors)}`);
  return r.data.login.token;
}

export async function quote(
  t: TestApp,
  token: string | undefined,
  p: string,
  k: string,
  tier: string,
  c: string,
) {
  return t.gql<QuoteData>(QUOTE, { p, k, t: tier, c }, token);
}

/** Rows and tables in the database: refusals must leave both unchanged. */
export async function counts(t: TestApp): Promise<{ tables: number; rows: number }> {
  const [r] = await t.sql<{ tables: number; rows: number }>(
    `SELECT (SELECT count(*)::int FROM rate_tables) AS tables, (SELECT count(*)::int FROM rate_rows) AS rows`,
  );
  return r;
}
