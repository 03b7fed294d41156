import { newId } from '../core/ids';
import type { EmulatorState } from '../core/state';
import { PLATFORM } from '../core/store';
import { findOrThrow, listRoute, retrieveRoute } from '../http/resource-routes';
import { route, type Route } from '../http/router';

/**
 * Balances are derived, never stored: an account's balance in a currency is the sum of the `net`
 * of its balance transactions. Every money movement (charge, refund, transfer, reversal, payout)
 * writes one balance transaction per account it touches, and funds are available at once
 * (`status: 'available'`, `available_on = created`), so `pending` is always 0.
 */
export type BalanceTransactionType =
  'charge' | 'refund' | 'transfer' | 'transfer_refund' | 'payment' | 'payment_refund' | 'payout';

export interface BalanceTransaction {
  id: string;
  object: 'balance_transaction';
  amount: number;
  available_on: number;
  created: number;
  currency: string;
  description: string | null;
  exchange_rate: null;
  fee: number;
  fee_details: { amount: number; application: null; currency: string; description: string; type: string }[];
  net: number;
  reporting_category: string;
  source: string;
  status: 'available';
  type: BalanceTransactionType;
  balance_type: 'payments';
}

const REPORTING_CATEGORY: Record<BalanceTransactionType, string> = {
  charge: 'charge',
  refund: 'refund',
  transfer: 'transfer',
  transfer_refund: 'transfer_reversal',
  payment: 'charge',
  payment_refund: 'refund',
  payout: 'payout',
};

export function recordTransaction(
  state: EmulatorState,
  owner: string,
  input: {
    type: BalanceTransactionType;
    amount: number;
    currency: string;
    source: string;
    fee?: number;
    description?: string | null;
  },
): BalanceTransaction {
  const now = state.clock.now();
  const fee = input.fee ?? 0;
  return state.store.insert<BalanceTransaction>(owner, {
    id: newId('txn'),
    object: 'balance_transaction',
    amount: input.amount,
    available_on: now,
    created: now,
    currency: input.currency,
    description: input.description ?? null,
    exchange_rate: null,
    fee,
    fee_details:
      fee === 0
        ? []
        : [
            {
              amount: fee,
              application: null,
              currency: input.currency,
              description: 'Stripe processing fees',
              type: 'stripe_fee',
            },
          ],
    net: input.amount - fee,
    reporting_category: REPORTING_CATEGORY[input.type],
    source: input.source,
    status: 'available',
    type: input.type,
    balance_type: 'payments',
  });
}

export function availableBalance(state: EmulatorState, owner: string, currency: string): number {
  let sum = 0;
  for (const t of state.store.list<BalanceTransaction>(owner, 'balance_transaction')) {
    if (t.currency === currency) sum += t.net;
  }
  return sum;
}

export function defaultCurrencyOf(state: EmulatorState, owner: string): string {
  if (owner === PLATFORM) return 'usd';
  const account = state.store.lookup(owner) as { default_currency?: string } | undefined;
  return account?.default_currency ?? 'usd';
}

function balanceObject(state: EmulatorState, owner: string): object {
  const totals = new Map<string, number>();
  const txns = state.store.list<BalanceTransaction>(owner, 'balance_transaction');
  // Oldest first, so currencies appear in the order the account first saw them.
  for (const t of [...txns].reverse()) totals.set(t.currency, (totals.get(t.currency) ?? 0) + t.net);
  if (totals.size === 0) totals.set(defaultCurrencyOf(state, owner), 0);
  const entries = [...totals.entries()];
  return {
    object: 'balance',
    available: entries.map(([currency, amount]) => ({ amount, currency, source_types: { card: amount } })),
    connect_reserved: entries.map(([currency]) => ({ amount: 0, currency })),
    livemode: false,
    pending: entries.map(([currency]) => ({ amount: 0, currency, source_types: { card: 0 } })),
  };
}

export const balanceRoutes: Route[] = [
  route('GET', '/v1/balance', (ctx) => {
    ctx.params.allowOnly([]);
    return balanceObject(ctx.state, ctx.owner);
  }),
  listRoute<BalanceTransaction>('/v1/balance_transactions', 'balance_transaction', {
    accepts: ['currency', 'payout'],
    where: (p) => {
      const currency = p.currency('currency', false);
      return (t) => !currency || t.currency === currency;
    },
    equal: ['source', 'type'],
  }),
  retrieveRoute('/v1/balance_transactions/:id', (ctx, id) =>
    findOrThrow<BalanceTransaction>(ctx, 'balance_transaction', 'balance transaction', id),
  ),
];
