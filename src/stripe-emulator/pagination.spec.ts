import Stripe from 'stripe';
import { StripeEmulator } from './index';
import { raw, rejectionOf, sdkFor } from '../../test/support/stripe-emulator/harness';

describe('Stripe emulator: list pagination', () => {
  let emulator: StripeEmulator;
  let stripe: Stripe;
  let created: string[]; // oldest first

  beforeAll(async () => {
    emulator = await StripeEmulator.start();
    stripe = sdkFor(emulator);
    created = [];
    for (let i = 0; i < 130; i++) {
      created.push((await stripe.customers.create({ metadata: { i: String(i) } })).id);
      if (i % 50 === 49) emulator.advanceTime(60);
    }
  });
  afterAll(() => emulator.close());

  const newestFirst = (): string[] => [...created].reverse();

  it('returns Stripe’s list object, newest first, 10 by default', async () => {
    const res = await raw(emulator, 'GET', '/v1/customers');
    expect(res.json).toMatchObject({ object: 'list', has_more: true, url: '/v1/customers' });
    expect((res.json?.data as { id: string }[]).map((c) => c.id)).toEqual(newestFirst().slice(0, 10));
  });

  it('walks every page with autoPagingToArray (more than 100 objects)', async () => {
    const all = await stripe.customers.list({ limit: 100 }).autoPagingToArray({ limit: 10_000 });
    expect(all.map((c) => c.id)).toEqual(newestFirst());
  });

  it('walks with for await, in pages of 7', async () => {
    const seen: string[] = [];
    for await (const c of stripe.customers.list({ limit: 7 })) seen.push(c.id);
    expect(seen).toEqual(newestFirst());
  });

  it('pages with starting_after and ending_before', async () => {
    const order = newestFirst();
    const page = await stripe.customers.list({ limit: 5, starting_after: order[9] });
    expect(page.data.map((c) => c.id)).toEqual(order.slice(10, 15));
    expect(page.has_more).toBe(true);
    const back = await stripe.customers.list({ limit: 5, ending_before: order[10] });
    expect(back.data.map((c) => c.id)).toEqual(order.slice(5, 10));
    expect(back.has_more).toBe(true);
    const first = await stripe.customers.list({ limit: 5, ending_before: order[3] });
    expect(first.data.map((c) => c.id)).toEqual(order.slice(0, 3));
    expect(first.has_more).toBe(false);
    const last = await stripe.customers.list({ limit: 5, starting_after: order[127] });
    expect(last.data.map((c) => c.id)).toEqual(order.slice(128));
    expect(last.has_more).toBe(false);
    const reversed: string[] = [];
    for await (const c of stripe.customers.list({ limit: 40, ending_before: order[100] }))
      reversed.push(c.id);
    expect(reversed).toEqual(order.slice(0, 100).reverse());
  });

  it('filters by created with gte/lte', async () => {
    const all = await stripe.customers.list({ limit: 100 }).autoPagingToArray({ limit: 1_000 });
    // The first 50 were created within a few real seconds, then the clock jumped 60 s: a bound
    // 30 s after the oldest splits the batches whatever second boundaries the creation crossed.
    const between = all[all.length - 1].created + 30;
    const firstBatch = await stripe.customers
      .list({ created: { lte: between } })
      .autoPagingToArray({ limit: 1_000 });
    expect(firstBatch).toHaveLength(50);
    const later = await stripe.customers
      .list({ created: { gt: between } })
      .autoPagingToArray({ limit: 1_000 });
    expect(later).toHaveLength(80);
  });

  it('refuses a limit outside 1..100 and an unknown cursor', async () => {
    for (const limit of [0, 101]) {
      const err = await rejectionOf(stripe.customers.list({ limit }));
      expect(err).toMatchObject({ statusCode: 400, param: 'limit' });
    }
    const err = await rejectionOf(stripe.customers.list({ starting_after: 'cus_unknown' }));
    expect(err).toMatchObject({ statusCode: 400, code: 'resource_missing', param: 'starting_after' });
  });

  it('filters events by type with a wildcard', async () => {
    const events = await stripe.events
      .list({ type: 'customer.*', limit: 100 })
      .autoPagingToArray({ limit: 1_000 });
    expect(events).toHaveLength(130);
    expect((await stripe.events.list({ type: 'payment_intent.*' })).data).toHaveLength(0);
  });
});
