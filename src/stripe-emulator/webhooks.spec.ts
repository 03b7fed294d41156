import Stripe from 'stripe';
import { StripeEmulator } from './index';
import { sdkFor } from '../../test/support/stripe-emulator/harness';
import { WebhookReceiver } from '../../test/support/stripe-emulator/webhook-receiver';

const SECRET = 'whsec_test_emulator_secret';

describe('Stripe emulator: webhooks', () => {
  let emulator: StripeEmulator;
  let receiver: WebhookReceiver;
  let stripe: Stripe;

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    emulator = await StripeEmulator.start({
      webhook: { url: receiver.url, secret: SECRET },
      delivery: { retryDelaysMs: [20, 40, 80] },
    });
    stripe = sdkFor(emulator);
  });
  afterAll(async () => {
    await emulator.close();
    await receiver.close();
  });
  beforeEach(async () => {
    await emulator.flushWebhooks();
    emulator.reset();
    emulator.configureDelivery({
      duplicates: 0,
      shuffle: false,
      hold: false,
      retryDelaysMs: [20, 40, 80],
      timeoutMs: 2_000,
    });
    receiver.received.length = 0;
    receiver.respond = () => ({ status: 200 });
  });

  const pay = (amount = 1_000) =>
    stripe.paymentIntents.create({
      amount,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      allowed_payment_method_types: ['card'],
      confirm: true,
    });

  it('signs every delivery so that stripe.webhooks.constructEvent verifies it', async () => {
    const pi = await pay();
    await emulator.flushWebhooks();
    expect(receiver.events().map((e) => e.type)).toEqual([
      'payment_intent.created',
      'charge.succeeded',
      'payment_intent.succeeded',
    ]);
    for (const hook of receiver.received) {
      const signature = hook.headers['stripe-signature'] as string;
      expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      const event = stripe.webhooks.constructEvent(hook.body, signature, SECRET);
      expect(event.object).toBe('event');
      expect(() => stripe.webhooks.constructEvent(hook.body, signature, 'whsec_wrong')).toThrow(
        Stripe.errors.StripeSignatureVerificationError,
      );
      expect(() => stripe.webhooks.constructEvent(`${hook.body} `, signature, SECRET)).toThrow();
    }
    const succeeded = stripe.webhooks.constructEvent(
      receiver.received[2].body,
      receiver.received[2].headers['stripe-signature'] as string,
      SECRET,
    );
    expect(succeeded).toMatchObject({ type: 'payment_intent.succeeded', data: { object: { id: pi.id } } });
    expect(succeeded.request?.idempotency_key).toMatch(/^stripe-node-retry-/);
    const stored = await stripe.events.retrieve(succeeded.id);
    expect(stored.pending_webhooks).toBe(0);
    expect(emulator.deliveries().every((d) => d.ok && d.attempt === 1)).toBe(true);
  });

  it('retries after injected 500s until the endpoint accepts', async () => {
    emulator.injectWebhookFaults({ status: 500, count: 2 });
    const customer = await stripe.customers.create();
    await emulator.flushWebhooks();
    const log = emulator.deliveries();
    expect(log.map((d) => [d.type, d.attempt, d.status, d.injected])).toEqual([
      ['customer.created', 1, 500, true],
      ['customer.created', 2, 500, true],
      ['customer.created', 3, 200, false],
    ]);
    // The endpoint saw the event every time: at-least-once delivery.
    expect(receiver.events().map((e) => e.data.object.id)).toEqual([customer.id, customer.id, customer.id]);
  });

  it('retries when the endpoint itself fails or is too slow, and abandons after the last delay', async () => {
    receiver.respond = (_hook, i) =>
      i === 0 ? { status: 503 } : i === 1 ? { status: 200, delayMs: 500 } : { status: 200 };
    emulator.configureDelivery({ timeoutMs: 100 });
    await stripe.customers.create();
    await emulator.flushWebhooks();
    expect(emulator.deliveries().map((d) => [d.attempt, d.status, d.ok])).toEqual([
      [1, 503, false],
      [2, null, false],
      [3, 200, true],
    ]);

    emulator.injectWebhookFaults({ drop: true, count: 10 });
    await stripe.customers.create();
    await emulator.flushWebhooks();
    const abandoned = emulator.deliveries().slice(3);
    expect(abandoned.map((d) => d.attempt)).toEqual([1, 2, 3, 4]);
    expect(abandoned.every((d) => !d.ok)).toBe(true);
  });

  it('treats an injected timeout as a failed attempt', async () => {
    emulator.injectWebhookFaults({ timeoutMs: 50, count: 1 });
    await stripe.customers.create();
    await emulator.flushWebhooks();
    expect(emulator.deliveries().map((d) => [d.attempt, d.ok, d.error])).toEqual([
      [1, false, 'timed out (injected fault)'],
      [2, true, undefined],
    ]);
  });

  it('sends extra duplicate copies of every event', async () => {
    emulator.configureDelivery({ duplicates: 2 });
    await pay();
    await emulator.flushWebhooks();
    const ids = receiver.events().map((e) => e.id);
    expect(ids).toHaveLength(9);
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect([...counts.values()]).toEqual([3, 3, 3]);
  });

  it('holds events until flushed and delivers them shuffled (seeded, reproducible)', async () => {
    const orderFor = async (seed: number): Promise<string[]> => {
      receiver.received.length = 0;
      emulator.reset();
      emulator.configureDelivery({ hold: true, shuffle: true, seed });
      const ids: string[] = [];
      for (let i = 0; i < 12; i++) ids.push((await stripe.customers.create()).id);
      await new Promise((r) => setTimeout(r, 50));
      expect(receiver.received).toHaveLength(0); // held
      await emulator.flushWebhooks();
      const delivered = receiver.events().map((e) => e.data.object.id);
      expect([...delivered].sort()).toEqual([...ids].sort());
      return delivered.map((id) => String(ids.indexOf(id)));
    };
    const first = await orderFor(7);
    const again = await orderFor(7);
    expect(again).toEqual(first);
    expect(first).not.toEqual(first.map((_, i) => String(i)));
  });

  it('marks connected-account events with the account', async () => {
    const account = await stripe.accounts.create({
      type: 'express',
      capabilities: { transfers: { requested: true } },
    });
    emulator.completeOnboarding(account.id);
    await emulator.flushWebhooks();
    expect(receiver.events().map((e) => [e.type, e.account])).toEqual([['account.updated', account.id]]);
  });

  it('sends several events at once with concurrency > 1', async () => {
    receiver.respond = () => ({ status: 200, delayMs: 150 });
    const maxInFlight = (): number =>
      Math.max(
        ...receiver.received.map((r) => receiver.received.filter((o) => Math.abs(o.at - r.at) < 100).length),
      );
    emulator.configureDelivery({ hold: true });
    for (let i = 0; i < 6; i++) await stripe.customers.create();
    await emulator.flushWebhooks();
    expect(maxInFlight()).toBe(1);
    receiver.received.length = 0;
    emulator.configureDelivery({ concurrency: 3 });
    for (let i = 0; i < 6; i++) await stripe.customers.create();
    await emulator.flushWebhooks();
    expect(receiver.received).toHaveLength(6);
    expect(maxInFlight()).toBe(3);
    emulator.configureDelivery({ concurrency: 1 });
  });

  it('forgets a delivery in flight on reset: no log entry, no retry', async () => {
    receiver.respond = () => ({ status: 200, delayMs: 300 });
    await stripe.customers.create();
    await new Promise((r) => setTimeout(r, 100));
    expect(receiver.received).toHaveLength(1);
    emulator.reset();
    await emulator.flushWebhooks();
    await new Promise((r) => setTimeout(r, 150));
    expect(emulator.deliveries()).toEqual([]);
    expect(receiver.received).toHaveLength(1);
  });

  it('rejects flushWebhooks when deliveries outlast its timeout', async () => {
    emulator.configureDelivery({ retryDelaysMs: [5_000] });
    emulator.injectWebhookFaults({ status: 500, count: 1 });
    await stripe.customers.create();
    await expect(emulator.flushWebhooks({ timeoutMs: 200 })).rejects.toThrow(/still pending/);
    emulator.reset(); // drops the scheduled retry
    await emulator.flushWebhooks({ timeoutMs: 200 });
  });
});
