import { randomUUID } from 'node:crypto';
import { Accounts } from '../../../src/modules/ledger/accounts';
import { LedgerService } from '../../../src/modules/ledger/ledger.service';
import { createTestApp, PASSWORD, registerUser, TestApp, uniqueEmail } from '../../setup/test-app';
import { fund, pay } from './ledger-helpers';

const ADMIN = { email: 'root@fairsample.test', password: 'admin-password-123' };
const TRIAL = `query($c: String!) { trialBalance(currency: $c) { currency totalMinor accounts { account balance { amountMinor currency } } } }`;

interface TrialData {
  trialBalance: {
    currency: string;
    totalMinor: number;
    accounts: { account: string; balance: { amountMinor: number; currency: string } }[];
  };
}

describe('trialBalance over GraphQL', () => {
  let t: TestApp;
  let admin: string;
  let finance: string;
  const org = randomUUID();
  const escrow = Accounts.taskEscrow(org, randomUUID());
  const contractor = randomUUID();

  const login = async (email: string, password: string): Promise<string> => {
    const r = await t.gql<{ login: { token: string } }>(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      {
        e: email,
        p: password,
      },
    );
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data.login.token;
  };

  beforeAll(async () => {
    t = await createTestApp({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    admin = await login(ADMIN.email, ADMIN.password);
    const email = uniqueEmail('finance');
    const created = await t.gql(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email, password: PASSWORD, displayName: 'Finance', role: 'FINANCE' } },
      admin,
    );
    if (created.errors) throw new Error(JSON.stringify(created.errors));
    finance = await login(email, PASSWORD);

    const ledger = t.app.get(LedgerService);
    await ledger.post(fund(escrow, 10_000n));
    await ledger.post(pay(escrow, contractor, 2_500n));
    await ledger.post({
      idempotencyKey: `fee:${randomUUID()}`,
      kind: 'SAMPLE_ACCEPTED',
      reference: 'fee',
      moves: [{ from: escrow, to: Accounts.platformRevenue, amount: 500n, currency: 'USD' }],
    });
    await ledger.post(fund(Accounts.taskEscrow(org, randomUUID()), 300n, 'EUR'));
  });
  afterAll(() => t.close());

  it('shows FINANCE every account of the currency, summing to 0', async () => {
    const r = await t.gql<TrialData>(TRIAL, { c: 'USD' }, finance);
    expect(r.errors).toBeUndefined();
    const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
    expect(r.data.trialBalance).toEqual({
      currency: 'USD',
      totalMinor: 0,
      accounts: [
        { account: Accounts.contractorPayable(contractor), balance: usd(2500) },
        { account: escrow, balance: usd(7000) },
        { account: Accounts.platformRevenue, balance: usd(500) },
        { account: Accounts.processorClearing, balance: usd(-10000) },
      ],
    });
  });

  it('keeps currencies apart and answers an unused one with no accounts', async () => {
    const eur = await t.gql<TrialData>(TRIAL, { c: 'EUR' }, finance);
    expect(eur.data.trialBalance.accounts).toHaveLength(2);
    expect(eur.data.trialBalance.totalMinor).toBe(0);
    const jpy = await t.gql<TrialData>(TRIAL, { c: 'JPY' }, finance);
    expect(jpy.data.trialBalance).toEqual({ currency: 'JPY', totalMinor: 0, accounts: [] });
  });

  it('is open to ADMIN too', async () => {
    const r = await t.gql<TrialData>(TRIAL, { c: 'USD' }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data.trialBalance.accounts).toHaveLength(4);
  });

  it.each(['CONTRACTOR', 'REQUESTER'] as const)('refuses a %s with FORBIDDEN', async (role) => {
    const { token } = await registerUser(t, role);
    const r = await t.gql<TrialData>(TRIAL, { c: 'USD' }, token);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(r.data).toBeNull();
  });

  it('refuses an anonymous caller', async () => {
    const r = await t.gql<TrialData>(TRIAL, { c: 'USD' });
    expect(r.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it.each(['XYZ', 'usd', '', 'DOLLARS'])('refuses currency "%s" with BAD_USER_INPUT', async (c) => {
    const r = await t.gql<TrialData>(TRIAL, { c }, finance);
    expect(r.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_CURRENCY',
      field: 'currency',
    });
  });
});
