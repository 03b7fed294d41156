import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Accounts } from '../../../src/modules/ledger/accounts';
import type { PostEntryInput } from '../../../src/modules/ledger/ledger.types';
import type { TestApp } from '../../setup/test-app';

/** A connection of its own, for explicit transactions that must not share `t.sql`'s client. */
export async function withClient<T>(t: TestApp, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: t.databaseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh escrow account for one test. */
export function newEscrow(): string {
  return Accounts.taskEscrow(randomUUID(), randomUUID());
}

export function fund(
  escrow: string,
  amount: bigint,
  currency = 'USD',
  key = `fund:${randomUUID()}`,
): PostEntryInput {
  return {
    idempotencyKey: key,
    kind: 'TASK_FUNDED',
    reference: escrow,
    moves: [{ from: Accounts.processorClearing, to: escrow, amount, currency }],
  };
}

export function pay(
  escrow: string,
  contractor: string,
  amount: bigint,
  key = `accept:${randomUUID()}`,
): PostEntryInput {
  return {
    idempotencyKey: key,
    kind: 'SAMPLE_ACCEPTED',
    reference: key,
    moves: [{ from: escrow, to: Accounts.contractorPayable(contractor), amount, currency: 'USD' }],
  };
}

/** Rows of ledger_balances that disagree with the sum of the postings (should be none). */
export async function driftedBalances(t: TestApp): Promise<unknown[]> {
  return t.sql(`
    SELECT coalesce(b.account, p.account) AS account, b.balance, p.total
    FROM ledger_balances b
    FULL JOIN (SELECT account, currency, sum(amount) AS total FROM ledger_postings GROUP BY account, currency) p
      ON p.account = b.account AND p.currency = b.currency
    WHERE b.balance IS DISTINCT FROM p.total`);
}
