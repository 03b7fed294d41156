import { balanceInsufficient, invalidRequest, resourceMissing } from '../core/errors';
import { newId } from '../core/ids';
import { embeddedList, type ListObject } from '../core/pagination';
import { PLATFORM } from '../core/store';
import { applyMetadata } from '../http/params';
import { findOrThrow, listRoute, retrieveRoute } from '../http/resource-routes';
import { emit, route, type RequestContext, type Route } from '../http/router';
import { findAccount } from './accounts';
import { availableBalance, recordTransaction } from './balance';
import { buildCharge, type Charge } from './charges';
import type { TransferReversal } from './transfer-reversals';

export interface Transfer {
  id: string;
  object: 'transfer';
  amount: number;
  amount_reversed: number;
  balance_transaction: string;
  created: number;
  currency: string;
  description: string | null;
  destination: string;
  destination_payment: string;
  livemode: false;
  metadata: Record<string, string>;
  reversals: ListObject<TransferReversal>;
  reversed: boolean;
  source_transaction: string | null;
  source_type: 'card';
  transfer_group: string | null;
}

/** Default error code of `failTransfersTo`: Stripe's answer when it will not move money to an account. */
export const DEFAULT_TRANSFER_FAILURE = 'transfers_not_allowed';

function checkSourceTransaction(
  ctx: RequestContext,
  chargeId: string,
  amount: number,
  currency: string,
): void {
  const charge = ctx.state.store.get<Charge>(PLATFORM, 'charge', chargeId);
  if (!charge || charge.status !== 'succeeded') {
    throw resourceMissing('charge', chargeId, 'source_transaction');
  }
  if (charge.currency !== currency) {
    throw invalidRequest(
      `The currency of source_transaction's balance transaction (${charge.currency}) must be the same as the transfer currency (${currency})`,
      {
        param: 'currency',
      },
    );
  }
  const transferred = ctx.state.store
    .list<Transfer>(PLATFORM, 'transfer')
    .filter((t) => t.source_transaction === chargeId)
    .reduce((sum, t) => sum + t.amount - t.amount_reversed, 0);
  const left = charge.amount - charge.amount_refunded - transferred;
  if (amount > left) {
    throw invalidRequest(
      `Insufficient funds in source_transaction ${chargeId}: ${left} ${currency} left to transfer.`,
      { code: 'balance_insufficient', param: 'amount' },
    );
  }
}

function create(ctx: RequestContext): Transfer {
  if (ctx.owner !== PLATFORM) {
    throw invalidRequest('The Stripe emulator supports transfers from the platform account only.');
  }
  const p = ctx.params;
  p.allowOnly([
    'amount',
    'currency',
    'destination',
    'description',
    'metadata',
    'source_transaction',
    'transfer_group',
    'source_type',
  ]);
  const amount = p.requiredInteger('amount', { min: 1 });
  const currency = p.currency('currency') as string;
  const destinationId = p.requiredString('destination');
  const destination = findAccount(ctx.state, destinationId);
  if (!destination) throw resourceMissing('destination', destinationId, 'destination');
  const failure = ctx.state.transferFailures.get(destination.id);
  if (failure) {
    throw invalidRequest('The requested transfer could not be created. Contact us for assistance.', {
      code: failure,
      param: 'destination',
    });
  }
  if (destination.capabilities.transfers !== 'active') {
    throw invalidRequest(
      'Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments',
      { code: 'insufficient_capabilities_for_transfer', param: 'destination' },
    );
  }
  const sourceTransaction = p.string('source_transaction') ?? null;
  if (sourceTransaction) checkSourceTransaction(ctx, sourceTransaction, amount, currency);
  if (availableBalance(ctx.state, PLATFORM, currency) < amount) throw balanceInsufficient();
  const description = p.string('description') ?? null;
  const metadata = applyMetadata({}, p.metadata());
  const group = p.string('transfer_group') ?? null;
  p.enumOf('source_type', ['card', 'bank_account', 'fpx'] as const);

  const { state } = ctx;
  const id = newId('tr');
  const now = state.clock.now();
  const payment = buildCharge({
    prefix: 'py',
    amount,
    currency,
    created: now,
    sourceTransfer: id,
    transferGroup: group,
  });
  const incoming = recordTransaction(state, destination.id, {
    type: 'payment',
    amount,
    currency,
    source: payment.id,
  });
  payment.balance_transaction = incoming.id;
  state.store.insert(destination.id, payment);
  const outgoing = recordTransaction(state, PLATFORM, {
    type: 'transfer',
    amount: -amount,
    currency,
    source: id,
    description,
  });
  const transfer = state.store.insert<Transfer>(PLATFORM, {
    id,
    object: 'transfer',
    amount,
    amount_reversed: 0,
    balance_transaction: outgoing.id,
    created: now,
    currency,
    description,
    destination: destination.id,
    destination_payment: payment.id,
    livemode: false,
    metadata,
    reversals: embeddedList([], `/v1/transfers/${id}/reversals`),
    reversed: false,
    source_transaction: sourceTransaction,
    source_type: 'card',
    transfer_group: group,
  });
  emit(ctx, 'transfer.created', transfer);
  return transfer;
}

export function findTransferOrThrow(ctx: RequestContext, id: string): Transfer {
  return findOrThrow<Transfer>(ctx, 'transfer', 'transfer', id);
}

export const transferRoutes: Route[] = [
  route('POST', '/v1/transfers', create),
  retrieveRoute('/v1/transfers/:id', (ctx, id) => findTransferOrThrow(ctx, id)),
  route('POST', '/v1/transfers/:id', (ctx) => {
    const transfer = findTransferOrThrow(ctx, ctx.pathParams[0]);
    ctx.params.allowOnly(['description', 'metadata']);
    const previous: Record<string, unknown> = {};
    const description = ctx.params.string('description');
    if (description !== undefined) {
      previous.description = transfer.description;
      transfer.description = description;
    }
    if (ctx.params.has('metadata')) {
      previous.metadata = transfer.metadata;
      transfer.metadata = applyMetadata(transfer.metadata, ctx.params.metadata());
    }
    if (Object.keys(previous).length > 0) emit(ctx, 'transfer.updated', transfer, previous);
    return transfer;
  }),
  listRoute<Transfer>('/v1/transfers', 'transfer', { equal: ['destination', 'transfer_group'] }),
];
