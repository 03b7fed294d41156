import Stripe from 'stripe';
import { createTestApp, TestApp } from '../../setup/test-app';

/** Issue 7, finding 10: a correctly signed event without data.object answered 500. */
describe('webhook events that are signed but malformed', () => {
  let t: TestApp;
  const stripe = new Stripe('sk_test_x');
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const post = async (event: unknown) => {
    const payload = JSON.stringify(event);
    const signature = stripe.webhooks.generateTestHeaderString({
      payload,
      secret: t.config.stripeWebhookSecret,
    });
    const res = await fetch(`${t.url}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': signature },
      body: payload,
    });
    return { status: res.status, body: await res.text() };
  };

  it.each([
    ['no data', { id: 'evt_shape_1', type: 'payment_intent.succeeded', object: 'event' }],
    ['no data.object', { id: 'evt_shape_2', type: 'payment_intent.succeeded', data: {} }],
    ['a null data.object', { id: 'evt_shape_3', type: 'payment_intent.succeeded', data: { object: null } }],
    ['no id', { type: 'payment_intent.succeeded', data: { object: { id: 'pi_1' } } }],
  ])('answers 400 to an event with %s and stores nothing', async (_label, event) => {
    const r = await post(event);
    expect(r.status).toBe(400);
    expect(r.body).toMatch(/BAD_EVENT|data\.object/);
    expect(await t.sql(`SELECT id FROM processor_events`)).toEqual([]);
  });

  it('still accepts a well-formed event for an unknown object (stored, nothing else)', async () => {
    const r = await post({
      id: 'evt_shape_ok',
      object: 'event',
      type: 'customer.created',
      data: { object: { id: 'cus_x', object: 'customer' } },
    });
    expect(r.status).toBe(200);
    expect(await t.sql(`SELECT id, object_id FROM processor_events`)).toEqual([
      { id: 'evt_shape_ok', object_id: 'cus_x' },
    ]);
  });
});
