import Stripe from 'stripe';
import {
  fundPlatform,
  onboardedAccount,
  raw,
  rejectionOf,
  useEmulator,
} from '../../test/support/stripe-emulator/harness';

describe('Stripe emulator: Stripe-Account scoping, payouts, balances', () => {
  const env = useEmulator();

  const { available } = env;

  describe('Stripe-Account scoping and payouts', () => {
    it('refuses an unknown Stripe-Account with 403 account_invalid', async () => {
      const res = await raw(env.emulator, 'GET', '/v1/balance', {
        headers: { 'Stripe-Account': 'acct_nobody' },
      });
      expect(res.status).toBe(403);
      expect(res.json?.error).toMatchObject({ type: 'invalid_request_error', code: 'account_invalid' });
    });

    it('keeps each account’s objects, balance and events to itself', async () => {
      const account = await onboardedAccount(env.stripe);
      const theirs = await env.stripe.customers.create(
        { email: 'x@example.com' },
        { stripeAccount: account.id },
      );
      const missing = await rejectionOf(env.stripe.customers.retrieve(theirs.id));
      expect(missing).toMatchObject({ statusCode: 404, code: 'resource_missing' });
      expect((await env.stripe.customers.retrieve(theirs.id, {}, { stripeAccount: account.id })).id).toBe(
        theirs.id,
      );
      const direct = await env.stripe.paymentIntents.create(
        {
          amount: 2_000,
          currency: 'usd',
          payment_method: 'pm_card_visa',
          allowed_payment_method_types: ['card'],
          confirm: true,
        },
        { stripeAccount: account.id },
      );
      expect(await available(account.id)).toBe(2_000);
      expect(await available()).toBe(0);
      const [event] = (
        await env.stripe.events.list({ type: 'payment_intent.succeeded' }, { stripeAccount: account.id })
      ).data;
      expect(event).toMatchObject({ account: account.id });
      expect((event.data.object as Stripe.PaymentIntent).id).toBe(direct.id);
      expect((await env.stripe.events.list({ type: 'payment_intent.succeeded' })).data).toHaveLength(0);
      const unknown = await rejectionOf(env.stripe.balance.retrieve({}, { stripeAccount: 'acct_unknown' }));
      expect(unknown).toBeInstanceOf(Stripe.errors.StripePermissionError);
    });

    it('pays out an onboarded account’s balance to its bank account', async () => {
      const fresh = await env.stripe.accounts.create({
        type: 'express',
        capabilities: { transfers: { requested: true } },
      });
      const refused = await rejectionOf(
        env.stripe.payouts.create({ amount: 1, currency: 'usd' }, { stripeAccount: fresh.id }),
      );
      expect(refused).toMatchObject({ code: 'payouts_not_allowed' });

      const account = await onboardedAccount(env.stripe);
      await fundPlatform(env.stripe, 5_000);
      await env.stripe.transfers.create({ amount: 5_000, currency: 'usd', destination: account.id });
      const opts = { stripeAccount: account.id };
      const payout = await env.stripe.payouts.create(
        { amount: 4_000, currency: 'usd', description: 'weekly' },
        opts,
      );
      expect(payout).toMatchObject({
        status: 'pending',
        amount: 4_000,
        destination: account.external_accounts?.data[0].id,
      });
      expect((await env.stripe.payouts.retrieve(payout.id, {}, opts)).status).toBe('paid');
      expect(await available(account.id)).toBe(1_000);
      const tooMuch = await rejectionOf(env.stripe.payouts.create({ amount: 1_001, currency: 'usd' }, opts));
      expect(tooMuch).toMatchObject({ code: 'balance_insufficient' });
      const types = (await env.stripe.events.list({ type: 'payout.*' }, opts)).data.map((e) => e.type);
      expect(types).toEqual(['payout.paid', 'payout.created']);
      const txns = await env.stripe.balanceTransactions.list({ type: 'payout' }, opts);
      expect(txns.data.map((t) => t.amount)).toEqual([-4_000]);
    });

    it('keeps balances per currency', async () => {
      await fundPlatform(env.stripe, 1_000, 'usd');
      await fundPlatform(env.stripe, 700, 'eur');
      await fundPlatform(env.stripe, 5_000, 'jpy');
      const balance = await env.stripe.balance.retrieve();
      expect(balance.available.map((b) => [b.currency, b.amount])).toEqual([
        ['usd', 1_000],
        ['eur', 700],
        ['jpy', 5_000],
      ]);
      expect(balance.pending.every((b) => b.amount === 0)).toBe(true);
    });
  });
});
