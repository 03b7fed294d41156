import { newId } from '../core/ids';
import { findOrThrow, listRoute, retrieveRoute } from '../http/resource-routes';
import { type Route } from '../http/router';
import type { Decline, TestPaymentMethod } from './payment-methods';

/** A charge: made by a PaymentIntent confirmation (`ch_…`), or the payment a transfer creates on
 * the destination account (`py_…`). */
export interface Charge {
  id: string;
  object: 'charge';
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  balance_transaction: string | null;
  captured: boolean;
  created: number;
  currency: string;
  customer: string | null;
  description: string | null;
  failure_code: string | null;
  failure_message: string | null;
  livemode: false;
  metadata: Record<string, string>;
  outcome: {
    network_status: string;
    reason: string | null;
    risk_level: string;
    seller_message: string;
    type: string;
  } | null;
  paid: boolean;
  payment_intent: string | null;
  payment_method: string | null;
  payment_method_details: {
    card: { brand: string; country: string; funding: string; last4: string };
    type: 'card';
  } | null;
  receipt_email: string | null;
  refunded: boolean;
  source_transfer: string | null;
  status: 'succeeded' | 'failed';
  transfer_group: string | null;
}

export function buildCharge(input: {
  prefix: 'ch' | 'py';
  amount: number;
  currency: string;
  created: number;
  customer?: string | null;
  description?: string | null;
  metadata?: Record<string, string>;
  paymentIntent?: string | null;
  paymentMethod?: TestPaymentMethod | null;
  receiptEmail?: string | null;
  sourceTransfer?: string | null;
  transferGroup?: string | null;
  decline?: Decline | null;
}): Charge {
  const failed = !!input.decline;
  const pm = input.paymentMethod ?? null;
  return {
    id: newId(input.prefix),
    object: 'charge',
    amount: input.amount,
    amount_captured: failed ? 0 : input.amount,
    amount_refunded: 0,
    balance_transaction: null,
    captured: !failed,
    created: input.created,
    currency: input.currency,
    customer: input.customer ?? null,
    description: input.description ?? null,
    failure_code: input.decline?.code ?? null,
    failure_message: input.decline?.message ?? null,
    livemode: false,
    metadata: input.metadata ?? {},
    outcome: pm
      ? {
          network_status: failed ? 'declined_by_network' : 'approved_by_network',
          reason: input.decline?.decline_code ?? null,
          risk_level: 'normal',
          seller_message: failed
            ? 'The bank did not return any further details with this decline.'
            : 'Payment complete.',
          type: failed ? 'issuer_declined' : 'authorized',
        }
      : null,
    paid: !failed,
    payment_intent: input.paymentIntent ?? null,
    payment_method: pm?.id ?? null,
    payment_method_details: pm
      ? {
          card: {
            brand: pm.card.brand,
            country: pm.card.country,
            funding: pm.card.funding,
            last4: pm.card.last4,
          },
          type: 'card',
        }
      : null,
    receipt_email: input.receiptEmail ?? null,
    refunded: false,
    source_transfer: input.sourceTransfer ?? null,
    status: failed ? 'failed' : 'succeeded',
    transfer_group: input.transferGroup ?? null,
  };
}

export const chargeRoutes: Route[] = [
  retrieveRoute('/v1/charges/:id', (ctx, id) => findOrThrow<Charge>(ctx, 'charge', 'charge', id)),
  listRoute<Charge>('/v1/charges', 'charge', { equal: ['customer', 'payment_intent', 'transfer_group'] }),
];
