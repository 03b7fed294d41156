import { balanceInsufficient, invalidRequest, resourceMissing } from '../core/errors';
import { newId } from '../core/ids';
import { embeddedList, paginate } from '../core/pagination';
import { applyMetadata } from '../http/params';
import { PAGINATION_PARAMS } from '../http/resource-routes';
import { emit, route, type RequestContext, type Route } from '../http/router';
import { availableBalance, recordTransaction } from './balance';
import { findTransferOrThrow, type Transfer } from './transfers';

export interface TransferReversal {
  id: string;
  object: 'transfer_reversal';
  amount: number;
  balance_transaction: string;
  created: number;
  currency: string;
  destination_payment_refund: string;
  metadata: Record<string, string>;
  source_refund: null;
  transfer: string;
}

function reversalsOf(ctx: RequestContext, transfer: Transfer): TransferReversal[] {
  return ctx.state.store
    .list<TransferReversal>(ctx.owner, 'transfer_reversal')
    .filter((r) => r.transfer === transfer.id);
}

/** Takes money back from the destination account: it must have it available, as in Stripe. */
function create(ctx: RequestContext): TransferReversal {
  const transfer = findTransferOrThrow(ctx, ctx.pathParams[0]);
  const p = ctx.params;
  p.allowOnly(['amount', 'description', 'metadata', 'refund_application_fee']);
  const remaining = transfer.amount - transfer.amount_reversed;
  if (remaining <= 0) {
    throw invalidRequest(`Transfer ${transfer.id} has already been fully reversed.`, { param: 'amount' });
  }
  const amount = p.integer('amount', { min: 1 }) ?? remaining;
  if (amount > remaining) {
    throw invalidRequest(
      `You cannot reverse ${amount} ${transfer.currency}: only ${remaining} ${transfer.currency} of transfer ${transfer.id} remain.`,
      { param: 'amount' },
    );
  }
  p.string('description');
  p.boolean('refund_application_fee');
  const metadata = applyMetadata({}, p.metadata());
  const { state } = ctx;
  if (availableBalance(state, transfer.destination, transfer.currency) < amount) {
    throw balanceInsufficient(
      `Insufficient funds in the connected account ${transfer.destination} to reverse ${amount} ${transfer.currency}.`,
    );
  }
  const id = newId('trr');
  const paymentRefund = newId('pyr');
  recordTransaction(state, transfer.destination, {
    type: 'payment_refund',
    amount: -amount,
    currency: transfer.currency,
    source: paymentRefund,
  });
  const txn = recordTransaction(state, ctx.owner, {
    type: 'transfer_refund',
    amount,
    currency: transfer.currency,
    source: id,
  });
  const reversal = state.store.insert<TransferReversal>(ctx.owner, {
    id,
    object: 'transfer_reversal',
    amount,
    balance_transaction: txn.id,
    created: state.clock.now(),
    currency: transfer.currency,
    destination_payment_refund: paymentRefund,
    metadata,
    source_refund: null,
    transfer: transfer.id,
  });
  const previous = { amount_reversed: transfer.amount_reversed, reversed: transfer.reversed };
  transfer.amount_reversed += amount;
  transfer.reversed = transfer.amount_reversed === transfer.amount;
  const all = reversalsOf(ctx, transfer);
  transfer.reversals = embeddedList(all, transfer.reversals.url, all.length);
  emit(ctx, 'transfer.reversed', transfer, previous);
  return reversal;
}

export const transferReversalRoutes: Route[] = [
  route('POST', '/v1/transfers/:id/reversals', create),
  route('GET', '/v1/transfers/:id/reversals', (ctx) => {
    const transfer = findTransferOrThrow(ctx, ctx.pathParams[0]);
    ctx.params.allowOnly(PAGINATION_PARAMS);
    return paginate(reversalsOf(ctx, transfer), ctx.params, transfer.reversals.url, ctx.state.store);
  }),
  route('GET', '/v1/transfers/:id/reversals/:reversal', (ctx) => {
    const transfer = findTransferOrThrow(ctx, ctx.pathParams[0]);
    ctx.params.allowOnly([]);
    const reversal = reversalsOf(ctx, transfer).find((r) => r.id === ctx.pathParams[1]);
    if (!reversal) throw resourceMissing('transfer reversal', ctx.pathParams[1]);
    return reversal;
  }),
];
