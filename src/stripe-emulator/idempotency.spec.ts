import Stripe from 'stripe';
import { raw, rejectionOf, sdkFor, useEmulator } from '../../test/support/stripe-emulator/harness';

describe('Stripe emulator: idempotency and injected faults', () => {
  const env = useEmulator();

  const customerCount = async (): Promise<number> =>
    (await env.stripe.customers.list().autoPagingToArray({ limit: 1000 })).length;

  it('replays the saved response byte for byte, with Idempotent-Replayed', async () => {
    const headers = { 'Idempotency-Key': 'fund:task_1' };
    const first = await raw(env.emulator, 'POST', '/v1/customers', {
      body: 'email=a%40b.c&metadata[k]=v',
      headers,
    });
    const second = await raw(env.emulator, 'POST', '/v1/customers', {
      body: 'metadata[k]=v&email=a%40b.c',
      headers,
    });
    expect(first.status).toBe(200);
    expect(second.text).toBe(first.text);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.headers.get('original-request')).toBe(first.headers.get('request-id'));
    expect(await customerCount()).toBe(1);
  });

  it('replays through the SDK: one object for two calls with the same key', async () => {
    const params = {
      amount: 1000,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      allowed_payment_method_types: ['card'],
      confirm: true,
    };
    const a = await env.stripe.paymentIntents.create(params, { idempotencyKey: 'pi-key' });
    const b = await env.stripe.paymentIntents.create(params, { idempotencyKey: 'pi-key' });
    expect(b.id).toBe(a.id);
    expect(b.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect((await env.stripe.paymentIntents.list()).data).toHaveLength(1);
    expect((await env.stripe.balance.retrieve()).available[0].amount).toBe(1000);
  });

  it('refuses the same key with different parameters (StripeIdempotencyError)', async () => {
    await env.stripe.customers.create({ email: 'a@example.com' }, { idempotencyKey: 'k1' });
    const err = await rejectionOf(
      env.stripe.customers.create({ email: 'b@example.com' }, { idempotencyKey: 'k1' }),
    );
    expect(err).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(err).toMatchObject({ statusCode: 400, rawType: 'idempotency_error' });
    const otherPath = await rejectionOf(
      env.stripe.paymentIntents.create({ amount: 100, currency: 'usd' }, { idempotencyKey: 'k1' }),
    );
    expect(otherPath).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(await customerCount()).toBe(1);
  });

  it('keeps keys apart per Stripe-Account', async () => {
    const account = await env.stripe.accounts.create({
      type: 'express',
      capabilities: { transfers: { requested: true } },
    });
    const onPlatform = await env.stripe.customers.create(
      { email: 'x@example.com' },
      { idempotencyKey: 'same' },
    );
    const onAccount = await env.stripe.customers.create(
      { email: 'x@example.com' },
      { idempotencyKey: 'same', stripeAccount: account.id },
    );
    expect(onAccount.id).not.toBe(onPlatform.id);
  });

  it('runs concurrent requests with one key one at a time: a single object', async () => {
    const responses = await Promise.all(
      Array.from({ length: 12 }, () =>
        raw(env.emulator, 'POST', '/v1/customers', {
          body: 'email=c%40example.com',
          headers: { 'Idempotency-Key': 'race' },
        }),
      ),
    );
    const ids = new Set(responses.map((r) => r.json?.id));
    expect(ids.size).toBe(1);
    expect(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(11);
    expect(await customerCount()).toBe(1);
  });

  it('saves a declined payment (it ran) but not a validation failure (it did not)', async () => {
    const declined = {
      amount: 1000,
      currency: 'usd',
      payment_method: 'pm_card_chargeDeclined',
      allowed_payment_method_types: ['card'],
      confirm: true,
    };
    const e1 = await rejectionOf(env.stripe.paymentIntents.create(declined, { idempotencyKey: 'decline' }));
    const e2 = await rejectionOf(env.stripe.paymentIntents.create(declined, { idempotencyKey: 'decline' }));
    expect(e1.payment_intent?.id).toMatch(/^pi_/);
    expect(e2.payment_intent?.id).toBe(e1.payment_intent?.id);
    expect(e2.headers?.['idempotent-replayed']).toBe('true');
    expect((await env.stripe.paymentIntents.list()).data).toHaveLength(1);

    const invalid = await raw(env.emulator, 'POST', '/v1/customers', {
      body: 'nickname=x',
      headers: { 'Idempotency-Key': 'v' },
    });
    expect(invalid.status).toBe(400);
    const valid = await raw(env.emulator, 'POST', '/v1/customers', {
      body: 'name=x',
      headers: { 'Idempotency-Key': 'v' },
    });
    expect(valid.status).toBe(200);
  });

  it('ignores idempotency keys on GET', async () => {
    const c = await env.stripe.customers.create();
    const a = await raw(env.emulator, 'GET', `/v1/customers/${c.id}`, {
      headers: { 'Idempotency-Key': 'g' },
    });
    const b = await raw(env.emulator, 'GET', `/v1/customers/${c.id}?expand[]=default_source`, {
      headers: { 'Idempotency-Key': 'g' },
    });
    expect([a.status, b.status]).toEqual([200, 200]);
  });

  describe('injected API faults', () => {
    it('a 500 before execution is retried by the SDK and the object is created once', async () => {
      env.emulator.injectFaults({ path: '/v1/customers', method: 'POST', status: 500, count: 2 });
      const customer = await env.stripe.customers.create({ email: 'retry@example.com' });
      expect(customer.lastResponse.headers['idempotent-replayed']).toBeUndefined();
      expect(await customerCount()).toBe(1);
    });

    it('a 500 after execution ("response lost") is retried and replayed, not created twice', async () => {
      env.emulator.injectFaults({ path: /^\/v1\/payment_intents$/, status: 500, when: 'after', count: 1 });
      const pi = await env.stripe.paymentIntents.create({
        amount: 1000,
        currency: 'usd',
        payment_method: 'pm_card_visa',
        allowed_payment_method_types: ['card'],
        confirm: true,
      });
      expect(pi.lastResponse.headers['idempotent-replayed']).toBe('true');
      expect((await env.stripe.paymentIntents.list()).data.map((p) => p.id)).toEqual([pi.id]);
      expect((await env.stripe.balance.retrieve()).available[0].amount).toBe(1000);
    });

    it('gives up with StripeAPIError when faults outlast the retries', async () => {
      env.emulator.injectFaults({ path: '/v1/customers', status: 500, count: 3 });
      const err = await rejectionOf(env.stripe.customers.create());
      expect(err).toBeInstanceOf(Stripe.errors.StripeAPIError);
      expect(err.raw).toMatchObject({ type: 'api_error' });
      expect(await customerCount()).toBe(0);
    });

    it('a response held past the client timeout is retried and replayed', async () => {
      const impatient = sdkFor(env.emulator, { timeout: 300 });
      env.emulator.injectFaults({
        path: '/v1/customers',
        method: 'POST',
        timeoutMs: 800,
        when: 'after',
        count: 1,
      });
      const customer = await impatient.customers.create({ email: 'slow@example.com' });
      expect(customer.lastResponse.headers['idempotent-replayed']).toBe('true');
      expect(await customerCount()).toBe(1);
    });

    it('a request held before execution whose client gave up is dropped', async () => {
      const impatient = sdkFor(env.emulator, { timeout: 300 });
      env.emulator.injectFaults({ path: '/v1/customers', method: 'POST', timeoutMs: 800, count: 1 });
      const customer = await impatient.customers.create({ email: 'lost@example.com' });
      expect(customer.email).toBe('lost@example.com');
      await new Promise((r) => setTimeout(r, 900)); // let the held request wake up and find its client gone
      expect(await customerCount()).toBe(1);
    });

    it('a connection dropped after execution is retried by the SDK and replayed', async () => {
      env.emulator.injectFaults({
        path: '/v1/customers',
        method: 'POST',
        drop: true,
        when: 'after',
        count: 1,
      });
      const customer = await env.stripe.customers.create({ email: 'dropped@example.com' });
      expect(customer.lastResponse.headers['idempotent-replayed']).toBe('true');
      expect(await customerCount()).toBe(1);
    });

    it('random faults fail a seeded share of matching requests, the same ones for the same seed', async () => {
      const statuses = async (seed: number): Promise<number[]> => {
        env.emulator.injectRandomFaults({
          rate: 0.3,
          seed,
          faults: [
            { path: '/v1/customers', method: 'POST', status: 500 },
            { path: '/v1/customers', method: 'POST', status: 503 },
          ],
        });
        const out: number[] = [];
        for (let i = 0; i < 40; i++)
          out.push((await raw(env.emulator, 'POST', '/v1/customers', { body: `email=r${i}%40b.c` })).status);
        await raw(env.emulator, 'GET', '/v1/customers'); // not matching: never fails, draws nothing
        env.emulator.clearFaults();
        return out;
      };
      const before = env.emulator.apiFaultsInjected();
      const first = await statuses(7);
      expect(env.emulator.apiFaultsInjected() - before).toBe(first.filter((s) => s !== 200).length);
      expect(await statuses(7)).toEqual(first);
      const failed = first.filter((s) => s !== 200);
      expect(failed.length).toBeGreaterThan(4);
      expect(failed.length).toBeLessThan(24);
      expect(new Set(failed)).toEqual(new Set([500, 503]));
      expect((await raw(env.emulator, 'POST', '/v1/customers', { body: 'email=x%40b.c' })).status).toBe(200);
    });

    it('only fails requests matching the method and path', async () => {
      env.emulator.injectFaults({ path: '/v1/payment_intents', method: 'POST', status: 503, count: 1 });
      await env.stripe.customers.create();
      await env.stripe.customers.list();
      const res = await raw(env.emulator, 'POST', '/v1/payment_intents', { body: 'amount=100&currency=usd' });
      expect(res.status).toBe(503);
      expect(res.json?.error?.type).toBe('api_error');
    });
  });
});
