import { balanceInsufficient, invalidRequest, resourceMissing } from '../core/errors';
import { newId } from '../core/ids';
import { PLATFORM, snapshot } from '../core/store';
import { applyMetadata } from '../http/params';
import { findOrThrow, listRoute, retrieveRoute } from '../http/resource-routes';
import { emit, route, type RequestContext, type Route } from '../http/router';
import { findAccount } from './accounts';
import { availableBalance, recordTransaction } from './balance';

export interface Payout {
  id: string;
  object: 'payout';
  amount: number;
  application_fee: null;
  application_fee_amount: null;
  arrival_date: number;
  automatic: boolean;
  balance_transaction: string;
  created: number;
  currency: string;
  description: string | null;
  destination: string;
  failure_balance_transaction: null;
  failure_code: null;
  failure_message: null;
  livemode: false;
  metadata: Record<string, string>;
  method: 'standard' | 'instant';
  original_payout: null;
  reconciliation_status: 'not_applicable';
  reversed_by: null;
  source_type: 'card';
  statement_descriptor: string | null;
  status: 'pending' | 'paid';
  type: 'bank_account';
  trace_id: { status: 'pending' | 'supported'; value: string | null };
  payout_method: null;
}

/** The platform's own bank account, the destination of its payouts. */
const PLATFORM_BANK_ACCOUNT = 'ba_emulatorplatformbank0000';

function destinationOf(ctx: RequestContext): string {
  if (ctx.owner === PLATFORM) return PLATFORM_BANK_ACCOUNT;
  const account = findAccount(ctx.state, ctx.owner)!;
  if (!account.payouts_enabled || account.external_accounts.data.length === 0) {
    throw invalidRequest(
      `Payouts are not enabled for ${account.id}: the account has not completed onboarding.`,
      { code: 'payouts_not_allowed' },
    );
  }
  return account.external_accounts.data[0].id;
}

/**
 * A manual payout from the scope's available balance. Test-mode payouts land at once: the
 * response shows `pending` (as Stripe's does), and the stored payout is `paid` right after, with
 * `payout.created` then `payout.paid` sent.
 */
function create(ctx: RequestContext): Payout {
  const p = ctx.params;
  p.allowOnly([
    'amount',
    'currency',
    'description',
    'metadata',
    'method',
    'statement_descriptor',
    'destination',
    'source_type',
  ]);
  const amount = p.requiredInteger('amount', { min: 1 });
  const currency = p.currency('currency') as string;
  const method = p.enumOf('method', ['standard', 'instant'] as const) ?? 'standard';
  const destination = destinationOf(ctx);
  const requested = p.string('destination');
  if (requested && requested !== destination)
    throw resourceMissing('external account', requested, 'destination');
  const description = p.string('description') ?? null;
  const descriptor = p.string('statement_descriptor', { maxLength: 22 }) ?? null;
  const metadata = applyMetadata({}, p.metadata());
  p.enumOf('source_type', ['card', 'bank_account', 'fpx'] as const);
  const { state } = ctx;
  if (availableBalance(state, ctx.owner, currency) < amount) {
    throw balanceInsufficient('You have insufficient funds in your Stripe account for this payout.');
  }
  const id = newId('po');
  const txn = recordTransaction(state, ctx.owner, {
    type: 'payout',
    amount: -amount,
    currency,
    source: id,
    description,
  });
  const now = state.clock.now();
  const payout = state.store.insert<Payout>(ctx.owner, {
    id,
    object: 'payout',
    amount,
    application_fee: null,
    application_fee_amount: null,
    arrival_date: now,
    automatic: false,
    balance_transaction: txn.id,
    created: now,
    currency,
    description,
    destination,
    failure_balance_transaction: null,
    failure_code: null,
    failure_message: null,
    livemode: false,
    metadata,
    method,
    original_payout: null,
    reconciliation_status: 'not_applicable',
    reversed_by: null,
    source_type: 'card',
    statement_descriptor: descriptor,
    status: 'pending',
    type: 'bank_account',
    trace_id: { status: 'pending', value: null },
    payout_method: null,
  });
  emit(ctx, 'payout.created', payout);
  const response = snapshot(payout);
  payout.status = 'paid';
  payout.trace_id = { status: 'supported', value: `EMU${id.slice(3, 15).toUpperCase()}` };
  emit(ctx, 'payout.paid', payout, { status: 'pending' });
  return response;
}

export const payoutRoutes: Route[] = [
  route('POST', '/v1/payouts', create),
  retrieveRoute('/v1/payouts/:id', (ctx, id) => findOrThrow<Payout>(ctx, 'payout', 'payout', id)),
  listRoute<Payout>('/v1/payouts', 'payout', { equal: ['status'], accepts: ['destination', 'arrival_date'] }),
];
