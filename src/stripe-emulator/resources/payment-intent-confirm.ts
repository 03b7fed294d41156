import { ApiError, invalidRequest } from '../core/errors';
import { snapshot } from '../core/store';
import { emit, type RequestContext } from '../http/router';
import { recordTransaction } from './balance';
import { buildCharge } from './charges';
import { readShipping } from './customers';
import type { PaymentIntent, PaymentIntentStatus } from './payment-intents';
import { paymentMethodObject, testPaymentMethodOrThrow, type TestPaymentMethod } from './payment-methods';

/** The return URL of a confirmation, kept on the stored PaymentIntent under a symbol so that JSON
 * responses never show it (it is not part of Stripe's object). */
export const RETURN_URL = Symbol('return_url');

const CONFIRMABLE: PaymentIntentStatus[] = [
  'requires_confirmation',
  'requires_action',
  'requires_payment_method',
];

/**
 * Confirms synchronously, as Stripe does for cards that need no authentication. Called twice:
 * `validateOnly` checks everything that would refuse the request (nothing changes), then the real
 * run charges the card. A decline is still a completed request: the PaymentIntent goes back to
 * `requires_payment_method` with `last_payment_error`, events are sent, and the 402 is saved for
 * idempotent replay.
 */
export function confirmPaymentIntent(
  ctx: RequestContext,
  pi: PaymentIntent,
  opts: { validateOnly: boolean },
): void {
  const p = ctx.params;
  if (!CONFIRMABLE.includes(pi.status)) {
    throw invalidRequest(
      `You cannot confirm this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with ` +
        `one of the following statuses may be confirmed: ${CONFIRMABLE.join(', ')}.`,
      { code: 'payment_intent_unexpected_state' },
    );
  }
  const pmId = p.string('payment_method') ?? pi.payment_method;
  if (!pmId) {
    throw invalidRequest(
      "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the " +
        'PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method.',
      { code: 'payment_intent_unexpected_state' },
    );
  }
  const pm = testPaymentMethodOrThrow(pmId);
  const returnUrl = p.string('return_url') ?? pi[RETURN_URL];
  const allowed = p.stringArray('allowed_payment_method_types');
  // An explicit list of allowed types (e.g. only `card`) replaces automatic payment methods.
  const apm = allowed ? null : pi.automatic_payment_methods;
  if (apm?.enabled && apm.allow_redirects !== 'never' && !returnUrl) {
    // Real Stripe refuses this too: with automatic payment methods some methods may redirect.
    throw invalidRequest(
      'This PaymentIntent is configured to accept payment methods enabled in your Dashboard, because ' +
        '`automatic_payment_methods` is enabled. Some of these payment methods might redirect your customer off of ' +
        'your page. You must provide a `return_url` when confirming this PaymentIntent, or set ' +
        '`automatic_payment_methods[allow_redirects]` to `never`, or use `payment_method_types` instead.',
      { param: 'return_url' },
    );
  }
  if (opts.validateOnly) {
    readShipping(p);
    return;
  }
  if (returnUrl) pi[RETURN_URL] = returnUrl;
  if (allowed) {
    pi.payment_method_types = allowed;
    pi.automatic_payment_methods = null;
    pi.payment_method_configuration_details = null;
  }
  const receipt = p.string('receipt_email');
  if (receipt !== undefined) pi.receipt_email = receipt;
  const shipping = readShipping(p);
  if (shipping !== undefined) pi.shipping = shipping;
  if (pm.decline) decline(ctx, pi, pm);
  else succeed(ctx, pi, pm);
}

/** What a confirmation's charge takes from the payment intent, succeeded or declined. */
function chargeInput(
  ctx: RequestContext,
  pi: PaymentIntent,
  pm: TestPaymentMethod,
): Parameters<typeof buildCharge>[0] {
  return {
    prefix: 'ch',
    amount: pi.amount,
    currency: pi.currency,
    created: ctx.state.clock.now(),
    customer: pi.customer,
    description: pi.description,
    metadata: { ...pi.metadata },
    paymentIntent: pi.id,
    paymentMethod: pm,
    receiptEmail: pi.receipt_email,
    transferGroup: pi.transfer_group,
  };
}

function succeed(ctx: RequestContext, pi: PaymentIntent, pm: TestPaymentMethod): void {
  const { state } = ctx;
  const charge = buildCharge(chargeInput(ctx, pi, pm));
  const txn = recordTransaction(state, ctx.owner, {
    type: 'charge',
    amount: pi.amount,
    currency: pi.currency,
    fee: state.fee(pi.amount),
    source: charge.id,
    description: pi.description,
  });
  charge.balance_transaction = txn.id;
  state.store.insert(ctx.owner, charge);
  pi.status = 'succeeded';
  pi.amount_received = pi.amount;
  pi.payment_method = pm.id;
  pi.latest_charge = charge.id;
  pi.last_payment_error = null;
  emit(ctx, 'charge.succeeded', charge);
  emit(ctx, 'payment_intent.succeeded', pi);
}

function decline(ctx: RequestContext, pi: PaymentIntent, pm: TestPaymentMethod): never {
  const { state } = ctx;
  const d = pm.decline!;
  const charge = buildCharge({ ...chargeInput(ctx, pi, pm), decline: d });
  state.store.insert(ctx.owner, charge);
  const error = {
    charge: charge.id,
    code: d.code,
    decline_code: d.decline_code,
    doc_url: `https://stripe.com/docs/error-codes/${d.code.replace(/_/g, '-')}`,
    message: d.message,
    payment_method: paymentMethodObject(pm, state.clock.now(), pi.customer),
    type: 'card_error' as const,
  };
  pi.status = 'requires_payment_method';
  pi.payment_method = null;
  pi.latest_charge = charge.id;
  pi.last_payment_error = error;
  emit(ctx, 'charge.failed', charge);
  emit(ctx, 'payment_intent.payment_failed', pi);
  throw new ApiError(402, { ...snapshot(error), payment_intent: snapshot(pi) }, true);
}
