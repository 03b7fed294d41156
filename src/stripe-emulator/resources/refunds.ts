import { invalidRequest, resourceMissing } from '../core/errors';
import { newId } from '../core/ids';
import { applyMetadata } from '../http/params';
import { findOrThrow, listRoute, retrieveRoute } from '../http/resource-routes';
import { emit, route, type RequestContext, type Route } from '../http/router';
import { recordTransaction } from './balance';
import type { Charge } from './charges';
import { findPaymentIntentOrThrow } from './payment-intents';

export interface Refund {
  id: string;
  object: 'refund';
  amount: number;
  balance_transaction: string;
  charge: string;
  created: number;
  currency: string;
  customer: string | null;
  customer_account: null;
  destination_details: { card: { type: 'refund' }; type: 'card' };
  metadata: Record<string, string>;
  payment_intent: string | null;
  payment_method: string | null;
  reason: string | null;
  receipt_number: null;
  source_transfer_reversal: null;
  status: 'succeeded';
  transfer_reversal: null;
}

/** Resolves the charge to refund from `payment_intent` or `charge`. */
function chargeToRefund(ctx: RequestContext): Charge {
  const p = ctx.params;
  const piId = p.string('payment_intent');
  const chargeId = p.string('charge');
  if (!piId && !chargeId) {
    throw invalidRequest(
      'One of the following params should be provided for this request: payment_intent or charge.',
      {
        code: 'parameter_missing',
        param: 'payment_intent',
      },
    );
  }
  if (piId) {
    const pi = findPaymentIntentOrThrow(ctx, piId, 'payment_intent');
    if (pi.status !== 'succeeded' || !pi.latest_charge) {
      throw invalidRequest(`This PaymentIntent (${pi.id}) does not have a successful charge to refund.`, {
        code: 'charge_not_refundable',
        param: 'payment_intent',
      });
    }
    if (chargeId && chargeId !== pi.latest_charge) {
      throw invalidRequest(`The charge ${chargeId} does not belong to ${pi.id}.`, { param: 'charge' });
    }
    return ctx.state.store.get<Charge>(ctx.owner, 'charge', pi.latest_charge)!;
  }
  const charge = ctx.state.store.get<Charge>(ctx.owner, 'charge', chargeId!);
  if (!charge) throw resourceMissing('charge', chargeId!, 'charge');
  if (charge.status !== 'succeeded') {
    throw invalidRequest(`Charge ${charge.id} has not succeeded and cannot be refunded.`, {
      code: 'charge_not_refundable',
      param: 'charge',
    });
  }
  return charge;
}

function create(ctx: RequestContext): Refund {
  const p = ctx.params;
  p.allowOnly(['payment_intent', 'charge', 'amount', 'reason', 'metadata', 'instructions_email']);
  const charge = chargeToRefund(ctx);
  const remaining = charge.amount - charge.amount_refunded;
  if (remaining <= 0) {
    throw invalidRequest(`Charge ${charge.id} has already been refunded.`, {
      code: 'charge_already_refunded',
    });
  }
  const amount = p.integer('amount', { min: 1 }) ?? remaining;
  if (amount > remaining) {
    throw invalidRequest(
      `Refund amount (${amount} ${charge.currency}) is greater than unrefunded amount on charge (${remaining} ${charge.currency})`,
      { code: 'amount_too_large', param: 'amount' },
    );
  }
  const reason = p.enumOf('reason', ['duplicate', 'fraudulent', 'requested_by_customer'] as const) ?? null;
  const metadata = applyMetadata({}, p.metadata());
  const id = newId('re');
  // Stripe keeps its processing fee on refunds; the balance may go negative (Stripe then debits
  // the bank account), so refunds are never refused for lack of balance.
  const txn = recordTransaction(ctx.state, ctx.owner, {
    type: 'refund',
    amount: -amount,
    currency: charge.currency,
    source: id,
    description: 'REFUND FOR CHARGE',
  });
  const refund = ctx.state.store.insert<Refund>(ctx.owner, {
    id,
    object: 'refund',
    amount,
    balance_transaction: txn.id,
    charge: charge.id,
    created: ctx.state.clock.now(),
    currency: charge.currency,
    customer: charge.customer,
    customer_account: null,
    destination_details: { card: { type: 'refund' }, type: 'card' },
    metadata,
    payment_intent: charge.payment_intent,
    payment_method: charge.payment_method,
    reason,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded',
    transfer_reversal: null,
  });
  const previous = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded === charge.amount;
  emit(ctx, 'refund.created', refund);
  emit(ctx, 'charge.refunded', charge, previous);
  return refund;
}

function findRefundOrThrow(ctx: RequestContext, id: string): Refund {
  return findOrThrow<Refund>(ctx, 'refund', 'refund', id);
}

export const refundRoutes: Route[] = [
  route('POST', '/v1/refunds', create),
  retrieveRoute('/v1/refunds/:id', (ctx, id) => findRefundOrThrow(ctx, id)),
  route('POST', '/v1/refunds/:id', (ctx) => {
    const refund = findRefundOrThrow(ctx, ctx.pathParams[0]);
    ctx.params.allowOnly(['metadata']);
    const previous = { metadata: refund.metadata };
    refund.metadata = applyMetadata(refund.metadata, ctx.params.metadata());
    emit(ctx, 'refund.updated', refund, previous);
    return refund;
  }),
  listRoute<Refund>('/v1/refunds', 'refund', { equal: ['charge', 'payment_intent'] }),
];
