import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Stripe from 'stripe';
import { StripeEmulator } from './index';
import { onboardedAccount, raw, sdkFor } from '../../test/support/stripe-emulator/harness';
import { shapeDifferences } from '../../test/support/stripe-emulator/shape';

const FIXTURES = JSON.parse(
  readFileSync(join(__dirname, '../../test/fixtures/stripe/stripe-fixtures.json'), 'utf8'),
) as { resources: Record<string, unknown> };

/**
 * Keys our objects leave null where the fixture shows a value. Each is nullable in Stripe's API
 * (the SDK types declare it `| null`, checked below) and null in the state the emulator produces.
 */
const NULLABLE: Record<string, Record<string, { file: string; reason: string }>> = {
  payment_intent: {
    canceled_at: { file: 'PaymentIntents', reason: 'the intent is not canceled' },
    last_payment_error: { file: 'PaymentIntents', reason: 'the last attempt succeeded' },
    next_action: { file: 'PaymentIntents', reason: 'test cards need no customer action' },
    processing: { file: 'PaymentIntents', reason: 'card payments complete synchronously' },
    transfer_data: { file: 'PaymentIntents', reason: 'destination charges are not emulated' },
  },
  customer: {
    currency: { file: 'Customers', reason: 'set by invoicing and customer balances, which are not emulated' },
    discount: { file: 'Customers', reason: 'coupons are not emulated' },
    'invoice_settings.rendering_options': { file: 'Customers', reason: 'null until set, as in Stripe' },
  },
  account: {
    'business_profile.annual_revenue': { file: 'Accounts', reason: 'null until provided, as in Stripe' },
    'business_profile.support_address': { file: 'Accounts', reason: 'null until provided, as in Stripe' },
    'requirements.disabled_reason': { file: 'Accounts', reason: 'an onboarded account is not disabled' },
  },
  balance_transaction: {
    description: { file: 'BalanceTransactions', reason: 'the transfer was created without a description' },
  },
};

describe('Stripe emulator: objects have the shape of Stripe’s fixtures', () => {
  let emulator: StripeEmulator;
  let stripe: Stripe;
  const ours: Record<string, unknown> = {};
  /** Objects in other states, compared with the same fixture: [resource, state, object, more nulls]. */
  const otherStates: [string, string, unknown, Record<string, string>][] = [];

  beforeAll(async () => {
    emulator = await StripeEmulator.start();
    stripe = sdkFor(emulator);
    const get = async (path: string, stripeAccount?: string): Promise<unknown> => {
      const res = await raw(emulator, 'GET', path, {
        headers: stripeAccount ? { 'Stripe-Account': stripeAccount } : {},
      });
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${res.text}`);
      return res.json;
    };
    const address = { line1: '1 Main St', city: 'Springfield', postal_code: '12345', country: 'US' };
    const customer = await stripe.customers.create({
      email: 'org@example.com',
      name: 'Org',
      address,
      shipping: { name: 'Org', address },
      metadata: { org: '1' },
    });
    ours.customer = await get(`/v1/customers/${customer.id}`);
    const pi = await stripe.paymentIntents.create({
      amount: 20_000,
      currency: 'usd',
      customer: customer.id,
      payment_method: 'pm_card_visa',
      confirm: true,
      return_url: 'https://app.test/return',
      shipping: { name: 'Org', address },
    });
    ours.payment_intent = await get(`/v1/payment_intents/${pi.id}`);
    const draft = await stripe.paymentIntents.create({
      amount: 1_000,
      currency: 'eur',
      allowed_payment_method_types: ['card'],
    });
    otherStates.push([
      'payment_intent',
      'awaiting a payment method',
      await get(`/v1/payment_intents/${draft.id}`),
      {
        automatic_payment_methods: 'payment_method_types was given instead',
        payment_method_configuration_details: 'payment_method_types was given instead',
        shipping: 'no shipping was given',
      },
    ]);
    const refund = await stripe.refunds.create({ payment_intent: pi.id, amount: 1_000 });
    ours.refund = await get(`/v1/refunds/${refund.id}`);
    const pending = await stripe.accounts.create({
      type: 'express',
      email: 'pending@example.com',
      capabilities: { transfers: { requested: true }, card_payments: { requested: true } },
    });
    otherStates.push(['account', 'awaiting onboarding', await get(`/v1/accounts/${pending.id}`), {}]);
    const account = await onboardedAccount(stripe);
    ours.account = await get(`/v1/accounts/${account.id}`);
    const link = await stripe.accountLinks.create({ account: account.id, type: 'account_onboarding' });
    ours.account_link = JSON.parse(JSON.stringify(link));
    const transfer = await stripe.transfers.create({
      amount: 5_000,
      currency: 'usd',
      destination: account.id,
    });
    const reversal = await stripe.transfers.createReversal(transfer.id, { amount: 1_000 });
    ours.transfer = await get(`/v1/transfers/${transfer.id}`);
    ours.transfer_reversal = await get(`/v1/transfers/${transfer.id}/reversals/${reversal.id}`);
    ours.balance = await get('/v1/balance');
    ours.balance_transaction = await get(
      `/v1/balance_transactions/${transfer.balance_transaction as string}`,
    );
    const charge = (await stripe.charges.retrieve(pi.latest_charge as string)).balance_transaction as string;
    otherStates.push([
      'balance_transaction',
      'of a charge',
      await get(`/v1/balance_transactions/${charge}`),
      {},
    ]);
    otherStates.push(['balance', 'of a connected account', await get('/v1/balance', account.id), {}]);
    const payout = await stripe.payouts.create(
      { amount: 1_000, currency: 'usd', description: 'STRIPE PAYOUT' },
      { stripeAccount: account.id },
    );
    ours.payout = await get(`/v1/payouts/${payout.id}`, account.id);
    const [event] = (await stripe.events.list({ type: 'payment_intent.succeeded' })).data;
    ours.event = await get(`/v1/events/${event.id}`);
  });
  afterAll(() => emulator.close());

  it('justifies every null with a key the SDK types declare nullable', () => {
    for (const entries of Object.values(NULLABLE)) {
      for (const [path, { file }] of Object.entries(entries)) {
        expect({ path, nullableInSdk: sdkDeclaresNullable(file, path) }).toEqual({
          path,
          nullableInSdk: true,
        });
      }
    }
  });

  it('covers every resource in the fixture file', () => {
    expect(Object.keys(ours).sort()).toEqual(Object.keys(FIXTURES.resources).sort());
  });

  it.each(Object.keys(FIXTURES.resources))('%s has the fixture’s keys and JSON types', (name) => {
    const nullable = Object.fromEntries(Object.entries(NULLABLE[name] ?? {}).map(([p, j]) => [p, j.reason]));
    const substitute =
      name === 'event'
        ? {
            'data.object':
              FIXTURES.resources[(ours.event as { data: { object: { object: string } } }).data.object.object],
          }
        : {};
    const diffs = shapeDifferences(FIXTURES.resources[name], ours[name], {
      nullable: {
        ...nullable,
        ...(name === 'event' ? prefixed(NULLABLE.payment_intent, 'data.object.') : {}),
      },
      substitute,
    });
    if (diffs.length) console.log(`${name}:\n  ${diffs.join('\n  ')}`);
    expect(diffs).toEqual([]);
  });

  it('keeps the shape in other states too', () => {
    expect(otherStates.length).toBeGreaterThan(0);
    for (const [name, state, object, more] of otherStates) {
      const nullable = { ...prefixed(NULLABLE[name], ''), ...more };
      for (const path of Object.keys(more)) {
        expect({ path, nullableInSdk: sdkDeclaresNullable(FILES[name], path) }).toEqual({
          path,
          nullableInSdk: true,
        });
      }
      expect({
        name,
        state,
        diffs: shapeDifferences(FIXTURES.resources[name], object, { nullable }),
      }).toEqual({
        name,
        state,
        diffs: [],
      });
    }
  });
});

describe('shapeDifferences', () => {
  const example = { a: 1, b: { c: 'x', d: null }, list: [{ e: true }], meta: {}, n: 'y' };

  it('accepts the same shape with other values, anything where the example is null, any map', () => {
    const ours = {
      a: 2,
      b: { c: 'z', d: { any: 1 } },
      list: [{ e: false }, { e: true }],
      meta: { k: 'v' },
      n: 'w',
    };
    expect(shapeDifferences(example, ours, { nullable: {} })).toEqual([]);
  });

  it('reports missing and extra keys, other types and unexpected nulls, with their paths', () => {
    const ours = { a: '1', b: { c: 'x', d: null, extra: 1 }, list: [{ e: 1 }], meta: {}, n: null };
    expect(shapeDifferences(example, ours, { nullable: {} })).toEqual([
      'a: string in ours, number in the fixture',
      'b.extra: not in the fixture',
      'list[0].e: number in ours, boolean in the fixture',
      'n: null in ours, string in the fixture',
    ]);
    expect(
      shapeDifferences(
        example,
        { ...ours, a: 1, b: { c: 'x', d: null }, list: [], n: null },
        { nullable: { n: 'ok' } },
      ),
    ).toEqual([]);
    expect(shapeDifferences({ a: 1, b: 2 }, { a: 1 }, { nullable: {} })).toEqual(['b: missing in ours']);
  });
});

const FILES: Record<string, string> = { payment_intent: 'PaymentIntents' };

/** Whether the SDK's type declarations (generated from Stripe's OpenAPI spec) declare the last key
 * of `path` as `| null` in the resource's file: evidence that Stripe itself may send null there. */
function sdkDeclaresNullable(file: string, path: string): boolean {
  const key = path.split('.').pop()!;
  const source = readFileSync(join(dirname(require.resolve('stripe')), 'resources', `${file}.d.ts`), 'utf8');
  return new RegExp(`^\\s*${key}\\??: .*\\| null;`, 'm').test(source);
}

function prefixed(
  map: Record<string, { reason: string }> | undefined,
  prefix: string,
): Record<string, string> {
  return Object.fromEntries(Object.entries(map ?? {}).map(([k, v]) => [`${prefix}${k}`, v.reason]));
}
