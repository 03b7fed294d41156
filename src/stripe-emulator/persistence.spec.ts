import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fundPlatform, onboardedAccount, raw, sdkFor } from '../../test/support/stripe-emulator/harness';
import { WebhookReceiver } from '../../test/support/stripe-emulator/webhook-receiver';
import { StripeEmulator } from './index';

describe('a persistent emulator (stateDir)', () => {
  let dir: string;
  const running: StripeEmulator[] = [];
  const start = async (opts: Parameters<typeof StripeEmulator.start>[0] = {}) => {
    const emulator = await StripeEmulator.start({ stateDir: dir, ...opts });
    running.push(emulator);
    return emulator;
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'stripe-emulator-state-'));
  });
  afterEach(async () => {
    for (const e of running.splice(0)) await e.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds every object again after a restart, with the same balance, events and list order', async () => {
    const first = await start();
    const stripe = sdkFor(first);
    const customer = await stripe.customers.create({ email: 'org@example.com', metadata: { org: 'o1' } });
    const paid = await fundPlatform(stripe, 5000);
    const refund = await stripe.refunds.create({ payment_intent: paid.id, amount: 700 });
    const account = await onboardedAccount(stripe);
    const transfer = await stripe.transfers.create({
      amount: 1000,
      currency: 'usd',
      destination: account.id,
    });
    first.failTransfersTo(account.id, 'account_closed');
    first.advanceTime(120);
    const balance = await stripe.balance.retrieve();
    const events = await stripe.events.list({ limit: 100 });
    await first.close();

    const second = await start();
    const again = sdkFor(second);
    expect(await again.customers.retrieve(customer.id)).toEqual(customer);
    expect((await again.paymentIntents.retrieve(paid.id)).status).toBe('succeeded');
    expect(await again.refunds.retrieve(refund.id)).toEqual(refund);
    expect((await again.accounts.retrieve(account.id)).charges_enabled).toBe(true);
    expect(await again.transfers.retrieve(transfer.id)).toMatchObject({ id: transfer.id, amount: 1000 });
    expect(await again.balance.retrieve()).toEqual(balance);
    expect((await again.events.list({ limit: 100 })).data.map((e) => e.id)).toEqual(
      events.data.map((e) => e.id),
    );
    // The refused-transfer setting and the advanced clock came back too.
    await expect(
      again.transfers.create({ amount: 1, currency: 'usd', destination: account.id }),
    ).rejects.toMatchObject({ code: 'account_closed' });
    const later = await again.customers.create({ email: 'new@example.com' });
    expect(later.created).toBeGreaterThanOrEqual(customer.created + 120);
    const listed = await again.customers.list({ limit: 2 });
    expect(listed.data.map((c) => c.id)).toEqual([later.id, customer.id]);
  });

  it('replays an idempotency key used before the restart, byte for byte', async () => {
    const first = await start();
    const body =
      'amount=2000&currency=usd&payment_method=pm_card_visa&confirm=true&allowed_payment_method_types[]=card';
    const original = await raw(first, 'POST', '/v1/payment_intents', {
      body,
      headers: { 'Idempotency-Key': 'fund-task-1' },
    });
    expect(original.status).toBe(200);
    await first.close();

    const second = await start();
    const replay = await raw(second, 'POST', '/v1/payment_intents', {
      body,
      headers: { 'Idempotency-Key': 'fund-task-1' },
    });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.text).toBe(original.text);
    const other = await raw(second, 'POST', '/v1/payment_intents', {
      body: body.replace('2000', '3000'),
      headers: { 'Idempotency-Key': 'fund-task-1' },
    });
    expect(other.json?.error?.type).toBe('idempotency_error');
    expect((await sdkFor(second).paymentIntents.list()).data).toHaveLength(1);
  });

  it('delivers after a restart the webhooks the previous run had not delivered, and only those', async () => {
    const receiver = await WebhookReceiver.start();
    try {
      const webhook = { url: receiver.url, secret: 'whsec_test' };
      const first = await start({ webhook });
      const stripe = sdkFor(first);
      await stripe.customers.create({ email: 'early@example.com' });
      await first.flushWebhooks();
      expect(receiver.events().map((e) => e.type)).toEqual(['customer.created']);
      first.configureDelivery({ hold: true });
      const late = await stripe.customers.create({ email: 'late@example.com' });
      await first.close();
      expect(receiver.events()).toHaveLength(1);

      const second = await start({ webhook });
      await second.flushWebhooks();
      expect(receiver.events().map((e) => e.data.object.id)).toEqual([expect.any(String), late.id]);
      await second.close();

      const third = await start({ webhook });
      await third.flushWebhooks();
      expect(receiver.events()).toHaveLength(2);
    } finally {
      await receiver.close();
    }
  });

  it('keeps pending webhooks until an endpoint is set after the restart', async () => {
    const receiver = await WebhookReceiver.start();
    try {
      const first = await start({
        webhook: { url: receiver.url, secret: 'whsec_test' },
        delivery: { hold: true },
      });
      const customer = await sdkFor(first).customers.create({});
      await first.close();
      const second = await start();
      second.setWebhook({ url: receiver.url, secret: 'whsec_test' });
      await second.flushWebhooks();
      expect(receiver.events().map((e) => e.data.object.id)).toEqual([customer.id]);
    } finally {
      await receiver.close();
    }
  });

  it('survives a torn last line and forgets everything on reset()', async () => {
    const first = await start();
    const customer = await sdkFor(first).customers.create({});
    await first.close();
    appendFileSync(join(dir, 'journal.jsonl'), '{"o":[["platform",99,{"id":"cus_');
    const second = await start();
    expect((await sdkFor(second).customers.retrieve(customer.id)).id).toBe(customer.id);
    second.reset();
    await second.close();
    expect(readFileSync(join(dir, 'journal.jsonl'), 'utf8')).not.toContain(customer.id);
    const third = await start();
    await expect(sdkFor(third).customers.retrieve(customer.id)).rejects.toMatchObject({
      code: 'resource_missing',
    });
  });
});
