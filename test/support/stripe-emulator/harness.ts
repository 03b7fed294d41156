/** Test helpers: the official SDK pointed at an emulator, raw HTTP for what the SDK hides. */
import Stripe from 'stripe';
import { StripeEmulator } from '../../../src/stripe-emulator';

export const TEST_KEY = 'sk_test_emulator';

export function sdkFor(
  emulator: StripeEmulator,
  config: { maxNetworkRetries?: number; timeout?: number } = {},
): Stripe {
  return new Stripe(TEST_KEY, { ...emulator.stripeConfig(), maxNetworkRetries: 2, ...config });
}

export interface EmulatorFixture {
  emulator: StripeEmulator;
  stripe: Stripe;
  /** What is available in one currency (default usd): the platform's, or a connected account's. */
  available: (stripeAccount?: string, currency?: string) => Promise<number>;
}

/** Called in a describe block: one emulator for its tests, reset before each, and an SDK client
 * for it (both set once `beforeAll` has run). */
export function useEmulator(): EmulatorFixture {
  const fixture = {
    available: (stripeAccount?: string, currency?: string) =>
      availableBalance(fixture.stripe, stripeAccount, currency),
  } as EmulatorFixture;
  beforeAll(async () => {
    fixture.emulator = await StripeEmulator.start();
    fixture.stripe = sdkFor(fixture.emulator);
  });
  afterAll(() => fixture.emulator.close());
  beforeEach(() => fixture.emulator.reset());
  return fixture;
}

/** What is available in one currency: the platform's balance, or a connected account's. */
async function availableBalance(stripe: Stripe, stripeAccount?: string, currency = 'usd'): Promise<number> {
  const balance = await stripe.balance.retrieve({}, stripeAccount ? { stripeAccount } : undefined);
  return balance.available.find((b) => b.currency === currency)?.amount ?? 0;
}

/** Stripe's error body, as far as tests read it. */
export interface StripeErrorBody {
  type?: string;
  code?: string;
  message?: string;
  param?: string;
  payment_intent?: { id: string; status?: string };
  [key: string]: unknown;
}

/** A parsed response body: an object with an id, or an error. */
export interface RawJson {
  id?: string;
  object?: string;
  error?: StripeErrorBody;
  [key: string]: unknown;
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: RawJson | undefined;
}

/** A form-encoded request with the test key, unless `auth` says otherwise. */
export async function raw(
  emulator: StripeEmulator,
  method: string,
  path: string,
  opts: { body?: string; headers?: Record<string, string>; auth?: string | null } = {},
): Promise<RawResponse> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.auth !== null) headers.Authorization = `Bearer ${opts.auth ?? TEST_KEY}`;
  if (opts.body !== undefined) headers['Content-Type'] = 'application/x-www-form-urlencoded';
  const res = await fetch(`${emulator.url}${path}`, { method, headers, body: opts.body });
  const text = await res.text();
  let json: RawJson | undefined = undefined;
  try {
    json = JSON.parse(text) as RawJson;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** A captured promise rejection, so tests can assert on the error's fields. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof Stripe.errors.StripeError) return e;
    throw e;
  }
  throw new Error('expected the promise to reject');
}

/** Funds the platform balance with a successful card payment. */
export async function fundPlatform(
  stripe: Stripe,
  amount: number,
  currency = 'usd',
): Promise<Stripe.PaymentIntent> {
  return stripe.paymentIntents.create({
    amount,
    currency,
    payment_method: 'pm_card_visa',
    allowed_payment_method_types: ['card'],
    confirm: true,
  });
}

/** An Express account with onboarding completed through its account link. */
export async function onboardedAccount(stripe: Stripe, country = 'US'): Promise<Stripe.Account> {
  const account = await stripe.accounts.create({
    type: 'express',
    country,
    email: 'contractor@example.com',
    capabilities: { transfers: { requested: true }, card_payments: { requested: true } },
  });
  const link = await stripe.accountLinks.create({
    account: account.id,
    type: 'account_onboarding',
    refresh_url: 'http://app.test/refresh',
    return_url: 'http://app.test/return',
  });
  const res = await fetch(link.url);
  if (res.status !== 200) throw new Error(`onboarding link answered ${res.status}`);
  return stripe.accounts.retrieve(account.id);
}
