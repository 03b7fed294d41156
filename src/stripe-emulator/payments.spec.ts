import Stripe from 'stripe';
import { StripeEmulator } from './index';
import { API_VERSION } from './core/events';
import { raw, rejectionOf, sdkFor, useEmulator } from '../../test/support/stripe-emulator/harness';

describe('Stripe emulator: customers, payment intents, refunds', () => {
  const env = useEmulator();

  const cardIntent = (
    amount: number,
    pm = 'pm_card_visa',
    extra: Partial<Stripe.PaymentIntentCreateParams> = {},
  ) =>
    env.stripe.paymentIntents.create({
      amount,
      currency: 'usd',
      payment_method: pm,
      allowed_payment_method_types: ['card'],
      confirm: true,
      ...extra,
    });

  it('renders events in the API version of the bundled SDK', () => {
    expect(API_VERSION).toBe(Stripe.API_VERSION);
  });

  describe('authentication and errors', () => {
    it('refuses a request without an API key with Stripe’s 401', async () => {
      const res = await raw(env.emulator, 'GET', '/v1/balance', { auth: null });
      expect(res.status).toBe(401);
      expect(res.json?.error).toMatchObject({ type: 'invalid_request_error' });
      expect(res.json?.error?.message).toMatch(/API key/);
    });

    it('refuses live keys', async () => {
      const live = new Stripe('sk_live_abc', { ...env.emulator.stripeConfig(), maxNetworkRetries: 0 });
      const err = await rejectionOf(live.balance.retrieve());
      expect(err).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    });

    it('answers an unknown id with 404 resource_missing naming the param', async () => {
      const err = await rejectionOf(env.stripe.customers.retrieve('cus_doesnotexist'));
      expect(err).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
      expect(err).toMatchObject({ statusCode: 404, code: 'resource_missing', param: 'id' });
      expect(err.message).toBe("No such customer: 'cus_doesnotexist'");
    });

    it('validates parameters like Stripe', async () => {
      const missing = await rejectionOf(env.stripe.paymentIntents.create({ currency: 'usd' } as never));
      expect(missing).toMatchObject({ statusCode: 400, code: 'parameter_missing', param: 'amount' });
      const bad = await raw(env.emulator, 'POST', '/v1/payment_intents', { body: 'amount=ten&currency=usd' });
      expect(bad.status).toBe(400);
      expect(bad.json?.error).toMatchObject({ code: 'parameter_invalid_integer', param: 'amount' });
      const unknown = await raw(env.emulator, 'POST', '/v1/customers', { body: 'nickname=x' });
      expect(unknown.json?.error).toMatchObject({ code: 'parameter_unknown', param: 'nickname' });
      const small = await rejectionOf(cardIntent(49));
      expect(small).toMatchObject({ code: 'amount_too_small', param: 'amount' });
      const removed = await raw(env.emulator, 'POST', '/v1/payment_intents', {
        body: 'amount=1000&currency=usd&payment_method_types[0]=card',
      });
      expect(removed.json?.error).toMatchObject({ code: 'parameter_unknown', param: 'payment_method_types' });
      const route = await raw(env.emulator, 'GET', '/v1/nothing');
      expect(route.status).toBe(404);
      expect(route.json?.error?.message).toMatch(/Unrecognized request URL/);
    });
  });

  describe('customers', () => {
    it('creates, retrieves and updates with nested metadata; an update sends previous_attributes', async () => {
      const created = await env.stripe.customers.create({
        email: 'org@example.com',
        name: 'Org',
        metadata: { organisation_id: 'org_1' },
      });
      expect(created.id).toMatch(/^cus_/);
      expect(created).toMatchObject({
        object: 'customer',
        livemode: false,
        metadata: { organisation_id: 'org_1' },
      });
      expect(Number.isInteger(created.created)).toBe(true);
      const updated = await env.stripe.customers.update(created.id, {
        metadata: { organisation_id: '', tier: 'gold' },
      });
      expect(updated.metadata).toEqual({ tier: 'gold' });
      expect((await env.stripe.customers.retrieve(created.id)) as Stripe.Customer).toMatchObject({
        email: 'org@example.com',
      });
      const [event] = (await env.stripe.events.list({ type: 'customer.updated' })).data;
      expect(event.data.previous_attributes).toEqual({ metadata: { organisation_id: 'org_1' } });
    });
  });

  describe('payment intents', () => {
    it('succeeds with pm_card_visa: a charge, a balance transaction and events', async () => {
      const customer = await env.stripe.customers.create({ email: 'a@example.com' });
      const pi = await cardIntent(2500, 'pm_card_visa', {
        customer: customer.id,
        metadata: { task_id: 't1' },
      });
      expect(pi).toMatchObject({ status: 'succeeded', amount_received: 2500, customer: customer.id });
      expect(pi.latest_charge).toMatch(/^ch_/);
      const charge = await env.stripe.charges.retrieve(pi.latest_charge as string);
      expect(charge).toMatchObject({ amount: 2500, paid: true, status: 'succeeded', payment_intent: pi.id });
      const txn = await env.stripe.balanceTransactions.retrieve(charge.balance_transaction as string);
      expect(txn).toMatchObject({ type: 'charge', amount: 2500, fee: 0, net: 2500, source: charge.id });
      const balance = await env.stripe.balance.retrieve();
      expect(balance.available).toEqual([{ amount: 2500, currency: 'usd', source_types: { card: 2500 } }]);
      const types = (await env.stripe.events.list()).data.map((e) => e.type);
      expect(types).toEqual([
        'payment_intent.succeeded',
        'charge.succeeded',
        'payment_intent.created',
        'customer.created',
      ]);
      const [succeeded] = (await env.stripe.events.list({ type: 'payment_intent.succeeded' })).data;
      expect(succeeded.request?.idempotency_key).toMatch(/^stripe-node-retry-/);
      expect((succeeded.data.object as Stripe.PaymentIntent).metadata).toEqual({ task_id: 't1' });
    });

    it('restricts payment method types with allowed_payment_method_types', async () => {
      const pi = await env.stripe.paymentIntents.create({
        amount: 1000,
        currency: 'usd',
        allowed_payment_method_types: ['card'],
      });
      expect(pi).toMatchObject({ payment_method_types: ['card'], automatic_payment_methods: null });
      const apm = await env.stripe.paymentIntents.create({ amount: 1000, currency: 'usd' });
      expect(apm).toMatchObject({
        payment_method_types: ['card'],
        automatic_payment_methods: { enabled: true },
      });
      // Restricting to cards at confirmation lifts the return_url requirement of automatic methods.
      const confirmed = await env.stripe.paymentIntents.confirm(apm.id, {
        payment_method: 'pm_card_visa',
        allowed_payment_method_types: ['card'],
      });
      expect(confirmed).toMatchObject({ status: 'succeeded', automatic_payment_methods: null });
    });

    it('can be created first and confirmed later, but not twice', async () => {
      const pi = await env.stripe.paymentIntents.create({
        amount: 1000,
        currency: 'eur',
        allowed_payment_method_types: ['card'],
      });
      expect(pi.status).toBe('requires_payment_method');
      const confirmed = await env.stripe.paymentIntents.confirm(pi.id, {
        payment_method: 'pm_card_mastercard',
      });
      expect(confirmed.status).toBe('succeeded');
      const again = await rejectionOf(env.stripe.paymentIntents.confirm(pi.id));
      expect(again).toMatchObject({ statusCode: 400, code: 'payment_intent_unexpected_state' });
    });

    it('declines pm_card_chargeDeclined with a 402 card_error carrying the payment intent', async () => {
      const err = await rejectionOf(
        cardIntent(1500, 'pm_card_chargeDeclined', { metadata: { task_id: 't2' } }),
      );
      expect(err).toBeInstanceOf(Stripe.errors.StripeCardError);
      expect(err).toMatchObject({ statusCode: 402, code: 'card_declined', decline_code: 'generic_decline' });
      const pi = err.payment_intent as Stripe.PaymentIntent;
      expect(pi.status).toBe('requires_payment_method');
      expect(pi.last_payment_error).toMatchObject({
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'generic_decline',
      });
      expect((await env.stripe.paymentIntents.retrieve(pi.id)).status).toBe('requires_payment_method');
      const failed = (await env.stripe.events.list({ type: 'payment_intent.payment_failed' })).data;
      expect(failed.map((e) => (e.data.object as Stripe.PaymentIntent).id)).toEqual([pi.id]);
      expect((await env.stripe.balance.retrieve()).available[0].amount).toBe(0);
      // The customer can try again with another card.
      const retried = await env.stripe.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_visa' });
      expect(retried.status).toBe('succeeded');
    });

    it('declines the other test cards with their own codes', async () => {
      const err = await rejectionOf(cardIntent(1500, 'pm_card_chargeDeclinedInsufficientFunds'));
      expect(err).toMatchObject({ code: 'card_declined', decline_code: 'insufficient_funds' });
      const unknown = await rejectionOf(cardIntent(1500, 'pm_nonexistent'));
      expect(unknown).toMatchObject({ statusCode: 400, code: 'resource_missing', param: 'payment_method' });
    });

    it('requires a return_url with automatic payment methods, as Stripe does', async () => {
      const params = { amount: 1000, currency: 'usd', payment_method: 'pm_card_visa', confirm: true };
      const err = await rejectionOf(env.stripe.paymentIntents.create(params));
      expect(err).toMatchObject({ statusCode: 400, param: 'return_url' });
      expect((await env.stripe.paymentIntents.list()).data).toHaveLength(0);
      const never = await env.stripe.paymentIntents.create({
        ...params,
        automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
      });
      expect(never.status).toBe('succeeded');
      const withUrl = await env.stripe.paymentIntents.create({
        ...params,
        return_url: 'https://app.test/done',
      });
      expect(withUrl.status).toBe('succeeded');
    });

    it('lists by customer and expands latest_charge', async () => {
      const a = await env.stripe.customers.create();
      const b = await env.stripe.customers.create();
      const mine = await cardIntent(1000, 'pm_card_visa', { customer: a.id });
      await cardIntent(1000, 'pm_card_visa', { customer: b.id });
      const listed = await env.stripe.paymentIntents.list({ customer: a.id, expand: ['data.latest_charge'] });
      expect(listed.data.map((p) => p.id)).toEqual([mine.id]);
      expect((listed.data[0].latest_charge as Stripe.Charge).object).toBe('charge');
      const bad = await rejectionOf(env.stripe.paymentIntents.retrieve(mine.id, { expand: ['nonsense'] }));
      expect(bad).toMatchObject({ statusCode: 400 });
    });
  });

  describe('refunds', () => {
    it('refunds up to the refundable remainder, moving the balance', async () => {
      const pi = await cardIntent(5000);
      const first = await env.stripe.refunds.create({
        payment_intent: pi.id,
        amount: 2000,
        metadata: { reason: 'cancel' },
      });
      expect(first).toMatchObject({
        object: 'refund',
        amount: 2000,
        status: 'succeeded',
        charge: pi.latest_charge,
      });
      const over = await rejectionOf(env.stripe.refunds.create({ payment_intent: pi.id, amount: 3001 }));
      expect(over).toMatchObject({ statusCode: 400, code: 'amount_too_large', param: 'amount' });
      const rest = await env.stripe.refunds.create({ payment_intent: pi.id });
      expect(rest.amount).toBe(3000);
      const done = await rejectionOf(env.stripe.refunds.create({ payment_intent: pi.id, amount: 1 }));
      expect(done).toMatchObject({ code: 'charge_already_refunded' });
      const charge = await env.stripe.charges.retrieve(pi.latest_charge as string);
      expect(charge).toMatchObject({ amount_refunded: 5000, refunded: true });
      expect((await env.stripe.balance.retrieve()).available[0].amount).toBe(0);
      const refunds = await env.stripe.refunds.list({ payment_intent: pi.id });
      expect(refunds.data.map((r) => r.id)).toEqual([rest.id, first.id]);
      const txns = await env.stripe.balanceTransactions.list({ type: 'refund' });
      expect(txns.data.map((t) => t.amount)).toEqual([-3000, -2000]);
      const events = (await env.stripe.events.list({ types: ['refund.created', 'charge.refunded'] })).data;
      expect(events.map((e) => e.type)).toEqual([
        'charge.refunded',
        'refund.created',
        'charge.refunded',
        'refund.created',
      ]);
    });

    it('refuses to refund a payment intent that did not succeed', async () => {
      const pi = await env.stripe.paymentIntents.create({
        amount: 1000,
        currency: 'usd',
        allowed_payment_method_types: ['card'],
      });
      const err = await rejectionOf(env.stripe.refunds.create({ payment_intent: pi.id }));
      expect(err).toMatchObject({ statusCode: 400, code: 'charge_not_refundable' });
    });
  });
});

describe('Stripe emulator: processing fees', () => {
  it('charges the configured fee, rounded half up, and credits the net', async () => {
    const emulator = await StripeEmulator.start({ fees: { percentBps: 290, fixed: 30 } });
    try {
      const stripe = sdkFor(emulator);
      const pi = await stripe.paymentIntents.create({
        amount: 1050,
        currency: 'usd',
        payment_method: 'pm_card_visa',
        allowed_payment_method_types: ['card'],
        confirm: true,
        expand: ['latest_charge.balance_transaction'],
      });
      const txn = (pi.latest_charge as Stripe.Charge).balance_transaction as Stripe.BalanceTransaction;
      // 2.9 % of 1050 = 30.45 → 30, plus 30 fixed.
      expect(txn).toMatchObject({ amount: 1050, fee: 60, net: 990 });
      expect(txn.fee_details).toEqual([
        {
          amount: 60,
          application: null,
          currency: 'usd',
          description: 'Stripe processing fees',
          type: 'stripe_fee',
        },
      ]);
      expect((await stripe.balance.retrieve()).available[0].amount).toBe(990);
    } finally {
      await emulator.close();
    }
  });
});
