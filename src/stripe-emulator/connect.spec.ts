import Stripe from 'stripe';
import {
  fundPlatform,
  onboardedAccount,
  raw,
  rejectionOf,
  useEmulator,
} from '../../test/support/stripe-emulator/harness';

describe('Stripe emulator: Connect accounts, transfers, balances', () => {
  const env = useEmulator();
  const { available } = env;

  /** A usd transfer from the platform. */
  const transferTo = (
    destination: string,
    amount: number,
    transfer_group?: string,
  ): Promise<Stripe.Transfer> =>
    env.stripe.transfers.create({
      amount,
      currency: 'usd',
      destination,
      ...(transfer_group && { transfer_group }),
    });

  /** An onboarded account, a platform funded with 10,000 and a 4,000 transfer to the account. */
  const transferToOnboarded = async (): Promise<{ account: Stripe.Account; transfer: Stripe.Transfer }> => {
    const account = await onboardedAccount(env.stripe);
    await fundPlatform(env.stripe, 10_000);
    return { account, transfer: await transferTo(account.id, 4_000) };
  };

  describe('accounts and onboarding', () => {
    it('creates an Express account that cannot be paid out until onboarded', async () => {
      const account = await env.stripe.accounts.create({
        type: 'express',
        country: 'DE',
        email: 'c@example.com',
        capabilities: { transfers: { requested: true } },
        metadata: { contractor_id: 'u1' },
      });
      expect(account.id).toMatch(/^acct_/);
      expect(account).toMatchObject({
        type: 'express',
        country: 'DE',
        default_currency: 'eur',
        payouts_enabled: false,
        charges_enabled: false,
        details_submitted: false,
        capabilities: { transfers: 'inactive' },
        metadata: { contractor_id: 'u1' },
      });
      expect(account.requirements?.currently_due?.length).toBeGreaterThan(0);
      const noCaps = await rejectionOf(env.stripe.accounts.create({ type: 'express' }));
      expect(noCaps).toMatchObject({ statusCode: 400, param: 'capabilities' });
    });

    it('completes onboarding when the account link is opened, once', async () => {
      const account = await env.stripe.accounts.create({
        type: 'express',
        capabilities: { transfers: { requested: true } },
      });
      const link = await env.stripe.accountLinks.create({
        account: account.id,
        type: 'account_onboarding',
        refresh_url: 'http://app.test/refresh',
        return_url: 'http://app.test/return',
      });
      expect(link).toMatchObject({ object: 'account_link' });
      expect(link.expires_at).toBeGreaterThan(link.created);
      expect(link.url.startsWith(`${env.emulator.url}/_emulator/onboarding/${account.id}?`)).toBe(true);
      const page = await fetch(link.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('http://app.test/return');
      const done = await env.stripe.accounts.retrieve(account.id);
      expect(done).toMatchObject({
        details_submitted: true,
        charges_enabled: true,
        payouts_enabled: true,
        capabilities: { transfers: 'active' },
      });
      expect(done.requirements?.currently_due).toEqual([]);
      expect(done.external_accounts?.data).toHaveLength(1);
      const events = await env.stripe.events.list({ type: 'account.updated' }, { stripeAccount: account.id });
      expect(events.data).toHaveLength(1);
      expect(events.data[0]).toMatchObject({ account: account.id });
      expect(events.data[0].data.previous_attributes).toMatchObject({ payouts_enabled: false });
      // Account links are single use: a second visit goes to refresh_url.
      const reused = await fetch(link.url, { redirect: 'manual' });
      expect(reused.status).toBe(302);
      expect(reused.headers.get('location')).toBe('http://app.test/refresh');
    });

    it('offers onboarding as a method and a control endpoint too', async () => {
      const a = await env.stripe.accounts.create({
        type: 'custom',
        capabilities: { transfers: { requested: true } },
      });
      const b = await env.stripe.accounts.create({
        type: 'custom',
        capabilities: { transfers: { requested: true } },
      });
      env.emulator.completeOnboarding(a.id);
      const res = await raw(env.emulator, 'POST', `/_emulator/accounts/${b.id}/complete_onboarding`, {
        auth: null,
      });
      expect(res.status).toBe(200);
      for (const id of [a.id, b.id])
        expect((await env.stripe.accounts.retrieve(id)).payouts_enabled).toBe(true);
      expect(() => env.emulator.completeOnboarding('acct_missing')).toThrow(/No such account/);
    });
  });

  describe('transfers', () => {
    it('moves money from the platform to the connected account, with balance transactions on both', async () => {
      const account = await onboardedAccount(env.stripe);
      const pi = await fundPlatform(env.stripe, 10_000);
      const transfer = await env.stripe.transfers.create({
        amount: 3_000,
        currency: 'usd',
        destination: account.id,
        transfer_group: 'task_1',
        metadata: { payout_id: 'p1' },
      });
      expect(transfer).toMatchObject({
        object: 'transfer',
        amount: 3_000,
        destination: account.id,
        reversed: false,
      });
      expect(transfer.id).toMatch(/^tr_/);
      expect(await available()).toBe(7_000);
      expect(await available(account.id)).toBe(3_000);

      const platformTxns = await env.stripe.balanceTransactions.list();
      expect(platformTxns.data.map((t) => [t.type, t.amount])).toEqual([
        ['transfer', -3_000],
        ['charge', 10_000],
      ]);
      const bySource = await env.stripe.balanceTransactions.list({ source: transfer.id });
      expect(bySource.data.map((t) => t.id)).toEqual([transfer.balance_transaction]);
      const charges = await env.stripe.balanceTransactions.list({ type: 'charge' });
      expect(charges.data.map((t) => t.source)).toEqual([pi.latest_charge]);

      const theirs = await env.stripe.balanceTransactions.list({}, { stripeAccount: account.id });
      expect(theirs.data.map((t) => [t.type, t.amount, t.source])).toEqual([
        ['payment', 3_000, transfer.destination_payment],
      ]);
      const payment = await env.stripe.charges.retrieve(
        transfer.destination_payment as string,
        {},
        { stripeAccount: account.id },
      );
      expect(payment).toMatchObject({ amount: 3_000, source_transfer: transfer.id });
      const [event] = (await env.stripe.events.list({ type: 'transfer.created' })).data;
      expect((event.data.object as Stripe.Transfer).id).toBe(transfer.id);
    });

    it('refuses a transfer above the available balance, changing nothing', async () => {
      const account = await onboardedAccount(env.stripe);
      await fundPlatform(env.stripe, 5_000);
      const err = await rejectionOf(
        env.stripe.transfers.create({ amount: 5_001, currency: 'usd', destination: account.id }),
      );
      expect(err).toMatchObject({ statusCode: 400, code: 'balance_insufficient' });
      const otherCurrency = await rejectionOf(
        env.stripe.transfers.create({ amount: 1, currency: 'eur', destination: account.id }),
      );
      expect(otherCurrency).toMatchObject({ code: 'balance_insufficient' });
      expect(await available()).toBe(5_000);
      expect(await available(account.id)).toBe(0);
      expect((await env.stripe.transfers.list()).data).toHaveLength(0);
    });

    it('refuses unknown, not onboarded and failing destinations', async () => {
      await fundPlatform(env.stripe, 5_000);
      const unknown = await rejectionOf(
        env.stripe.transfers.create({ amount: 100, currency: 'usd', destination: 'acct_nope' }),
      );
      expect(unknown).toMatchObject({ statusCode: 400, code: 'resource_missing', param: 'destination' });
      const fresh = await env.stripe.accounts.create({
        type: 'express',
        capabilities: { transfers: { requested: true } },
      });
      const notReady = await rejectionOf(
        env.stripe.transfers.create({ amount: 100, currency: 'usd', destination: fresh.id }),
      );
      expect(notReady).toMatchObject({ code: 'insufficient_capabilities_for_transfer' });
      const account = await onboardedAccount(env.stripe);
      env.emulator.failTransfersTo(account.id);
      const failing = await rejectionOf(
        env.stripe.transfers.create({ amount: 100, currency: 'usd', destination: account.id }),
      );
      expect(failing).toMatchObject({ statusCode: 400, code: 'transfers_not_allowed', param: 'destination' });
      env.emulator.failTransfersTo(account.id, 'account_invalid');
      const custom = await rejectionOf(
        env.stripe.transfers.create({ amount: 100, currency: 'usd', destination: account.id }),
      );
      expect(custom).toMatchObject({ code: 'account_invalid' });
      env.emulator.failTransfersTo(account.id, null);
      await env.stripe.transfers.create({ amount: 100, currency: 'usd', destination: account.id });
      expect(await available()).toBe(4_900);
    });

    it('reverses a transfer in parts, back to the platform', async () => {
      const { account, transfer } = await transferToOnboarded();
      const first = await env.stripe.transfers.createReversal(transfer.id, { amount: 1_500 });
      expect(first).toMatchObject({ object: 'transfer_reversal', amount: 1_500, transfer: transfer.id });
      expect(first.id).toMatch(/^trr_/);
      const over = await rejectionOf(env.stripe.transfers.createReversal(transfer.id, { amount: 2_501 }));
      expect(over).toMatchObject({ statusCode: 400, param: 'amount' });
      await env.stripe.transfers.createReversal(transfer.id);
      const after = await env.stripe.transfers.retrieve(transfer.id);
      expect(after).toMatchObject({ amount_reversed: 4_000, reversed: true });
      expect(after.reversals.data).toHaveLength(2);
      expect(await available()).toBe(10_000);
      expect(await available(account.id)).toBe(0);
      const reversals = await env.stripe.transfers.listReversals(transfer.id);
      expect(reversals.data.map((r) => r.amount)).toEqual([2_500, 1_500]);
      const events = await env.stripe.events.list({ type: 'transfer.reversed' });
      expect(events.data).toHaveLength(2);
    });

    it('refuses a reversal the connected account can no longer cover', async () => {
      const { account, transfer } = await transferToOnboarded();
      await env.stripe.payouts.create({ amount: 3_000, currency: 'usd' }, { stripeAccount: account.id });
      const err = await rejectionOf(env.stripe.transfers.createReversal(transfer.id, { amount: 2_000 }));
      expect(err).toMatchObject({ code: 'balance_insufficient' });
    });

    it('lists by destination, transfer_group and created', async () => {
      const a = await onboardedAccount(env.stripe);
      const b = await onboardedAccount(env.stripe);
      await fundPlatform(env.stripe, 10_000);
      const t1 = await transferTo(a.id, 100, 'g1');
      env.emulator.advanceTime(3_600);
      const t2 = await transferTo(b.id, 200, 'g1');
      const t3 = await transferTo(a.id, 300, 'g2');
      const ids = async (params: Stripe.TransferListParams) =>
        (await env.stripe.transfers.list(params)).data.map((t) => t.id);
      expect(await ids({ destination: a.id })).toEqual([t3.id, t1.id]);
      expect(await ids({ transfer_group: 'g1' })).toEqual([t2.id, t1.id]);
      expect(await ids({ created: { gte: t2.created } })).toEqual([t3.id, t2.id]);
      expect(await ids({ created: { lte: t1.created } })).toEqual([t1.id]);
    });
  });
});
