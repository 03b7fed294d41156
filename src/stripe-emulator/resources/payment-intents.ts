import { invalidRequest } from '../core/errors';
import { applyMetadata } from '../http/params';
import { findOrThrow, listRoute } from '../http/resource-routes';
import { emit, route, type RequestContext, type Route } from '../http/router';
import { findCustomerOrThrow, readShipping, type Customer } from './customers';
import { checkChargeAmount } from './minimum-amounts';
import { confirmPaymentIntent, type RETURN_URL } from './payment-intent-confirm';
import { createPaymentIntent, refuseUnsupported } from './payment-intent-create';
import { testPaymentMethodOrThrow } from './payment-methods';

export type PaymentIntentStatus =
  | 'requires_payment_method'
  | 'requires_confirmation'
  | 'requires_action'
  | 'processing'
  | 'requires_capture'
  | 'canceled'
  | 'succeeded';

export interface PaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_capturable: number;
  amount_details: { tip: Record<string, never> };
  amount_received: number;
  application: null;
  application_fee_amount: null;
  automatic_payment_methods: { enabled: boolean; allow_redirects?: 'always' | 'never' } | null;
  canceled_at: number | null;
  cancellation_reason: string | null;
  capture_method: 'automatic' | 'automatic_async';
  client_secret: string;
  confirmation_method: 'automatic' | 'manual';
  created: number;
  currency: string;
  customer: string | null;
  customer_account: null;
  description: string | null;
  excluded_payment_method_types: string[] | null;
  last_payment_error: Record<string, unknown> | null;
  latest_charge: string | null;
  livemode: false;
  managed_payments: { enabled: boolean };
  metadata: Record<string, string>;
  next_action: null;
  on_behalf_of: null;
  payment_method: string | null;
  payment_method_configuration_details: { id: string; parent: null } | null;
  payment_method_options: Record<string, unknown>;
  payment_method_types: string[];
  processing: null;
  receipt_email: string | null;
  review: null;
  setup_future_usage: 'on_session' | 'off_session' | null;
  shipping: Customer['shipping'];
  source: null;
  statement_descriptor: string | null;
  statement_descriptor_suffix: string | null;
  status: PaymentIntentStatus;
  transfer_data: null;
  transfer_group: string | null;
  /** The return URL given at creation or confirmation; not part of Stripe's object. */
  [RETURN_URL]?: string;
}

const UPDATE_PARAMS = [
  'allowed_payment_method_types',
  'amount',
  'currency',
  'customer',
  'description',
  'metadata',
  'payment_method',
  'receipt_email',
  'setup_future_usage',
  'shipping',
  'statement_descriptor',
  'statement_descriptor_suffix',
  'transfer_group',
];

export function findPaymentIntentOrThrow(ctx: RequestContext, id: string, param = 'id'): PaymentIntent {
  return findOrThrow<PaymentIntent>(ctx, 'payment_intent', 'payment_intent', id, param);
}

function update(ctx: RequestContext): PaymentIntent {
  const pi = findPaymentIntentOrThrow(ctx, ctx.pathParams[0]);
  const p = ctx.params;
  refuseUnsupported(p);
  p.allowOnly(UPDATE_PARAMS);
  if ((p.has('amount') || p.has('currency')) && (pi.status === 'succeeded' || pi.status === 'canceled')) {
    throw invalidRequest(`You cannot update the amount of a PaymentIntent with status ${pi.status}.`, {
      code: 'payment_intent_unexpected_state',
    });
  }
  const amount = p.integer('amount', { min: 1 }) ?? pi.amount;
  const currency = p.currency('currency', false) ?? pi.currency;
  checkChargeAmount(amount, currency);
  const customer = p.string('customer');
  if (customer) findCustomerOrThrow(ctx, customer, 'customer');
  const pm = p.string('payment_method');
  if (pm) testPaymentMethodOrThrow(pm);
  pi.amount = amount;
  pi.currency = currency;
  if (customer !== undefined) pi.customer = customer;
  if (pm !== undefined) {
    pi.payment_method = pm;
    if (pm && pi.status === 'requires_payment_method') pi.status = 'requires_confirmation';
  }
  const description = p.string('description');
  if (description !== undefined) pi.description = description;
  const receipt = p.string('receipt_email');
  if (receipt !== undefined) pi.receipt_email = receipt;
  const group = p.string('transfer_group');
  if (group !== undefined) pi.transfer_group = group;
  const shipping = readShipping(p);
  if (shipping !== undefined) pi.shipping = shipping;
  const sfu = p.enumOf('setup_future_usage', ['on_session', 'off_session'] as const);
  if (sfu !== undefined) pi.setup_future_usage = sfu;
  const descriptor = p.string('statement_descriptor', { maxLength: 22 });
  if (descriptor !== undefined) pi.statement_descriptor = descriptor;
  const suffix = p.string('statement_descriptor_suffix', { maxLength: 22 });
  if (suffix !== undefined) pi.statement_descriptor_suffix = suffix;
  const allowed = p.stringArray('allowed_payment_method_types');
  if (allowed) {
    pi.payment_method_types = allowed;
    pi.automatic_payment_methods = null;
    pi.payment_method_configuration_details = null;
  }
  pi.metadata = applyMetadata(pi.metadata, p.metadata());
  return pi;
}

const CANCELABLE: PaymentIntentStatus[] = [
  'requires_payment_method',
  'requires_capture',
  'requires_confirmation',
  'requires_action',
  'processing',
];

function cancel(ctx: RequestContext): PaymentIntent {
  const pi = findPaymentIntentOrThrow(ctx, ctx.pathParams[0]);
  ctx.params.allowOnly(['cancellation_reason']);
  const reason = ctx.params.enumOf('cancellation_reason', [
    'duplicate',
    'fraudulent',
    'requested_by_customer',
    'abandoned',
  ] as const);
  if (!CANCELABLE.includes(pi.status)) {
    throw invalidRequest(
      `You cannot cancel this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with ` +
        `one of the following statuses may be canceled: ${CANCELABLE.join(', ')}.`,
      { code: 'payment_intent_unexpected_state' },
    );
  }
  pi.status = 'canceled';
  pi.canceled_at = ctx.state.clock.now();
  pi.cancellation_reason = reason ?? null;
  emit(ctx, 'payment_intent.canceled', pi);
  return pi;
}

export const paymentIntentRoutes: Route[] = [
  route('POST', '/v1/payment_intents', createPaymentIntent),
  route('GET', '/v1/payment_intents/:id', (ctx) => {
    ctx.params.allowOnly(['client_secret']);
    return findPaymentIntentOrThrow(ctx, ctx.pathParams[0]);
  }),
  route('POST', '/v1/payment_intents/:id', update),
  route('POST', '/v1/payment_intents/:id/confirm', (ctx) => {
    const pi = findPaymentIntentOrThrow(ctx, ctx.pathParams[0]);
    ctx.params.allowOnly([
      'payment_method',
      'allowed_payment_method_types',
      'excluded_payment_method_types',
      'capture_method',
      'return_url',
      'receipt_email',
      'off_session',
      'error_on_requires_action',
      'use_stripe_sdk',
      'setup_future_usage',
      'shipping',
      'payment_method_options',
    ]);
    confirmPaymentIntent(ctx, pi, { validateOnly: true });
    confirmPaymentIntent(ctx, pi, { validateOnly: false });
    return pi;
  }),
  route('POST', '/v1/payment_intents/:id/cancel', cancel),
  listRoute<PaymentIntent>('/v1/payment_intents', 'payment_intent', { equal: ['customer'] }),
];
