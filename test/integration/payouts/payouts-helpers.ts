import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { Accounts } from '../../../src/modules/ledger/accounts';
import { LedgerService } from '../../../src/modules/ledger/ledger.service';
import { createTestApp, PASSWORD, registerUser, TestApp, uniqueEmail } from '../../setup/test-app';

export const ADMIN = { email: 'root@fairsample.test', password: 'admin-password-123' };

export async function payoutsApp(env: Record<string, string> = {}): Promise<TestApp> {
  return createTestApp({
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    JOBS_POLL_INTERVAL_MS: '500',
    JOBS_RETRY_DELAY_SECONDS: '0',
    PAYOUT_MINIMUMS: 'USD=5.00',
    ...env,
  });
}

export async function login(t: TestApp, email: string, password: string): Promise<string> {
  const r = await t.gql<{ login: { token: string } }>(
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
    { e: email, p: password },
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.login.token;
}

export async function financeToken(t: TestApp): Promise<string> {
  const admin = await login(t, ADMIN.email, ADMIN.password);
  const email = uniqueEmail('finance');
  const r = await t.gql<{ createUser: { id: string } }>(
    `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    { input: { email, password: PASSWORD, displayName: 'Finance', role: 'FINANCE' } },
    admin,
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return login(t, email, PASSWORD);
}

/** The SDK pointed at the test's emulator, as the processor's own dashboard would act. */
export function processor(t: TestApp): Stripe {
  return new Stripe('sk_test_fairsample', { ...t.stripe.stripeConfig(), maxNetworkRetries: 0 });
}

/** Money at the processor for transfers to draw on (a charge nobody books as a funding). */
export async function topUpPlatform(t: TestApp, amount: number, currency = 'usd'): Promise<void> {
  await processor(t).paymentIntents.create({
    amount,
    currency,
    payment_method: 'pm_card_visa',
    confirm: true,
    allowed_payment_method_types: ['card'],
  });
}

export interface Contractor {
  token: string;
  id: string;
  account?: string;
}

const PROFILE = `mutation($input: ContractorProfileInput!) { updateContractorProfile(input: $input) { countryCode } }`;
export const ONBOARD = `mutation { startPayoutOnboarding { onboardingUrl payoutsEnabled } }`;
export const MY_ACCOUNT = `query { myPayoutAccount { onboardingStarted payoutsEnabled requirements disabledReason
  balances { payable { amountMinor currency } minimum { amountMinor } eligible reasons } } }`;

/** A contractor with a profile; `onboard` also completes the processor's hosted onboarding. */
export async function contractor(t: TestApp, onboard = true): Promise<Contractor> {
  const c = await registerUser(t, 'CONTRACTOR');
  const p = await t.gql<unknown>(
    PROFILE,
    {
      input: {
        countryCode: 'US',
        languages: ['en'],
        professions: [{ professionCode: '43-4051', yearsExperience: 3 }],
      },
    },
    c.token,
  );
  if (p.errors) throw new Error(JSON.stringify(p.errors));
  if (!onboard) return { token: c.token, id: c.id };
  const o = await t.gql<{ startPayoutOnboarding: { onboardingUrl: string } }>(ONBOARD, {}, c.token);
  if (o.errors) throw new Error(JSON.stringify(o.errors));
  const res = await fetch(o.data.startPayoutOnboarding.onboardingUrl, { redirect: 'manual' });
  if (res.status >= 400) throw new Error(`onboarding page answered ${res.status}`);
  await t.stripe.flushWebhooks();
  const [row] = await t.sql<{ processor_account_id: string; payouts_enabled: boolean }>(
    `SELECT processor_account_id, payouts_enabled FROM payout_accounts WHERE user_id = $1`,
    [c.id],
  );
  if (!row?.payouts_enabled) throw new Error('onboarding did not enable payouts');
  return { token: c.token, id: c.id, account: row.processor_account_id };
}

/** What accepting a sample does: escrow → contractor payable (funded from clearing first). */
export async function credit(
  t: TestApp,
  contractorId: string,
  amount: bigint,
  currency = 'USD',
): Promise<void> {
  const ledger = t.app.get(LedgerService);
  const escrow = Accounts.taskEscrow(randomUUID(), randomUUID());
  await ledger.post({
    idempotencyKey: `test-fund:${randomUUID()}`,
    kind: 'TEST_FUNDED',
    reference: escrow,
    moves: [{ from: Accounts.processorClearing, to: escrow, amount, currency }],
  });
  await ledger.post({
    idempotencyKey: `test-accept:${randomUUID()}`,
    kind: 'SAMPLE_ACCEPTED',
    reference: escrow,
    moves: [{ from: escrow, to: Accounts.contractorPayable(contractorId), amount, currency }],
  });
}

export async function payable(t: TestApp, contractorId: string, currency = 'USD'): Promise<bigint> {
  return t.app.get(LedgerService).balance(Accounts.contractorPayable(contractorId), currency);
}

export async function trialBalanceTotal(t: TestApp, currency = 'USD'): Promise<bigint> {
  return (await t.app.get(LedgerService).trialBalance(currency)).total;
}

export const RUN = `mutation($c: String!) { runPayouts(currency: $c) { id payouts { id status contractorId amount { amountMinor currency } } } }`;

/** Waits until no payout is PENDING any more (the transfer jobs are done). */
export async function settled(t: TestApp, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ n }] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM payouts WHERE status = 'PENDING'`,
    );
    if (n === 0) break;
    if (Date.now() > deadline) throw new Error(`${n} payouts still PENDING`);
    await new Promise((r) => setTimeout(r, 200));
  }
  await t.stripe.flushWebhooks();
}

/** Every transfer at the processor, by the payout its metadata names. */
export async function transfersByPayout(t: TestApp): Promise<Map<string, Stripe.Transfer[]>> {
  const out = new Map<string, Stripe.Transfer[]>();
  for await (const tr of processor(t).transfers.list({ limit: 100 })) {
    const id = tr.metadata.payout_id;
    out.set(id, [...(out.get(id) ?? []), tr]);
  }
  return out;
}

/** The ledger as a comparable value: every entry's key and legs. */
export async function ledgerSnapshot(t: TestApp): Promise<string[]> {
  const rows = await t.sql<{ line: string }>(
    `SELECT e.idempotency_key || ' ' || string_agg(p.account || '=' || p.amount, ',' ORDER BY p.account) AS line
     FROM ledger_entries e JOIN ledger_postings p ON p.entry_id = e.id GROUP BY e.idempotency_key ORDER BY 1`,
  );
  return rows.map((r) => r.line);
}
