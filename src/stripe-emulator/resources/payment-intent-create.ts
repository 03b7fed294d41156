import { invalidRequest } from '../core/errors';
import { newId, randomToken } from '../core/ids';
import { applyMetadata, type Params } from '../http/params';
import { emit, type RequestContext } from '../http/router';
import { findCustomerOrThrow, readShipping } from './customers';
import { checkChargeAmount } from './minimum-amounts';
import { confirmPaymentIntent, RETURN_URL } from './payment-intent-confirm';
import type { PaymentIntent } from './payment-intents';
import { testPaymentMethodOrThrow } from './payment-methods';

const CREATE_PARAMS = [
  'amount',
  'currency',
  'customer',
  'description',
  'metadata',
  'payment_method',
  'allowed_payment_method_types',
  'excluded_payment_method_types',
  'automatic_payment_methods',
  'confirm',
  'return_url',
  'receipt_email',
  'setup_future_usage',
  'shipping',
  'statement_descriptor',
  'statement_descriptor_suffix',
  'transfer_group',
  'capture_method',
  'confirmation_method',
  'off_session',
  'error_on_requires_action',
  'payment_method_options',
  'use_stripe_sdk',
];
export const UNSUPPORTED = ['transfer_data', 'on_behalf_of', 'application_fee_amount', 'mandate_data'];

/** Connect charge features the emulator does not model are refused loudly, not ignored; so is
 * `payment_method_types`, which the pinned API version no longer accepts. */
export function refuseUnsupported(p: Params): void {
  if (p.has('payment_method_types')) {
    throw invalidRequest(
      'Received unknown parameter: payment_method_types (removed in API version 2026-10-28.endive; ' +
        'use allowed_payment_method_types)',
      { code: 'parameter_unknown', param: 'payment_method_types' },
    );
  }
  for (const key of UNSUPPORTED) {
    if (p.has(key)) {
      throw invalidRequest(`The Stripe emulator does not support '${key}' on PaymentIntents.`, {
        param: key,
      });
    }
  }
}

function cardOptions(): Record<string, unknown> {
  return {
    card: { installments: null, mandate_options: null, network: null, request_three_d_secure: 'automatic' },
  };
}

export function createPaymentIntent(ctx: RequestContext): PaymentIntent {
  const p = ctx.params;
  refuseUnsupported(p);
  p.allowOnly(CREATE_PARAMS);
  const amount = p.requiredInteger('amount', { min: 1 });
  const currency = p.currency('currency') as string;
  checkChargeAmount(amount, currency);
  const customer = p.string('customer');
  if (customer) findCustomerOrThrow(ctx, customer, 'customer');
  const pm = p.string('payment_method');
  if (pm) testPaymentMethodOrThrow(pm);
  const types = p.stringArray('allowed_payment_method_types');
  const excluded = p.stringArray('excluded_payment_method_types');
  const apm = p.object('automatic_payment_methods');
  if (types && apm) {
    throw invalidRequest(
      'You may only specify one of these parameters: allowed_payment_method_types, automatic_payment_methods.',
      { code: 'parameters_exclusive', param: 'automatic_payment_methods' },
    );
  }
  const capture = p.enumOf('capture_method', ['automatic', 'automatic_async', 'manual'] as const);
  if (capture === 'manual') {
    throw invalidRequest('The Stripe emulator supports only automatic capture.', { param: 'capture_method' });
  }
  let automatic: PaymentIntent['automatic_payment_methods'] = null;
  if (!types) {
    automatic = { enabled: apm?.boolean('enabled') ?? true };
    const redirects = apm?.enumOf('allow_redirects', ['always', 'never'] as const);
    if (redirects) automatic.allow_redirects = redirects;
  }
  const id = newId('pi');
  const intent: PaymentIntent = {
    id,
    object: 'payment_intent',
    amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: automatic,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: capture ?? 'automatic_async',
    client_secret: `${id}_secret_${randomToken(25)}`,
    confirmation_method: p.enumOf('confirmation_method', ['automatic', 'manual'] as const) ?? 'automatic',
    created: ctx.state.clock.now(),
    currency,
    customer: customer ?? null,
    customer_account: null,
    description: p.string('description') ?? null,
    excluded_payment_method_types: excluded && excluded.length > 0 ? excluded : null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: { enabled: false },
    metadata: applyMetadata({}, p.metadata()),
    next_action: null,
    on_behalf_of: null,
    payment_method: pm ?? null,
    payment_method_configuration_details: automatic?.enabled ? { id: newId('pmc'), parent: null } : null,
    payment_method_options: cardOptions(),
    payment_method_types: types ?? ['card'],
    processing: null,
    receipt_email: p.string('receipt_email') ?? null,
    review: null,
    setup_future_usage: p.enumOf('setup_future_usage', ['on_session', 'off_session'] as const) ?? null,
    shipping: readShipping(p) ?? null,
    source: null,
    statement_descriptor: p.string('statement_descriptor', { maxLength: 22 }) ?? null,
    statement_descriptor_suffix: p.string('statement_descriptor_suffix', { maxLength: 22 }) ?? null,
    status: pm ? 'requires_confirmation' : 'requires_payment_method',
    transfer_data: null,
    transfer_group: p.string('transfer_group') ?? null,
  };
  const returnUrl = p.string('return_url');
  if (returnUrl) intent[RETURN_URL] = returnUrl;
  const confirm = p.boolean('confirm') ?? false;
  if (!confirm && returnUrl) {
    throw invalidRequest('You can only pass return_url when confirm=true.', { param: 'return_url' });
  }
  // `off_session` may also be an object in the pinned API version; only the boolean form is checked.
  if (typeof p.raw.off_session === 'string') p.boolean('off_session');
  p.boolean('error_on_requires_action');
  p.boolean('use_stripe_sdk');
  if (confirm) confirmPaymentIntent(ctx, intent, { validateOnly: true });
  ctx.state.store.insert(ctx.owner, intent);
  emit(ctx, 'payment_intent.created', intent);
  if (confirm) confirmPaymentIntent(ctx, intent, { validateOnly: false });
  return intent;
}
