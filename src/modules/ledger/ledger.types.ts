/** One transfer inside an entry: `amount` (> 0, minor units) leaves `from` and enters `to`. */
export interface LedgerMove {
  from: string;
  to: string;
  amount: bigint;
  currency: string;
}

export interface PostEntryInput {
  /** Deterministic, e.g. `fund:<paymentIntentId>`: posting it again changes nothing. */
  idempotencyKey: string;
  /** What happened, e.g. `TASK_FUNDED`, `SAMPLE_ACCEPTED`, `PAYOUT`. */
  kind: string;
  /** The object it is about: a task, submission, payout or processor object id. */
  reference: string;
  description?: string;
  metadata?: Record<string, unknown>;
  moves: LedgerMove[];
}

export interface PostResult {
  entryId: string;
  /** False when the idempotency key had already been posted with the same moves. */
  created: boolean;
}

/** A signed posting: negative leaves the account, positive enters it. */
export interface LedgerLeg {
  account: string;
  currency: string;
  amount: bigint;
}

export interface AccountBalance {
  account: string;
  balance: bigint;
}

export interface TrialBalance {
  currency: string;
  accounts: AccountBalance[];
  /** The sum of every account's balance; always 0n in a double-entry ledger. */
  total: bigint;
}

export interface LedgerEntry {
  id: string;
  idempotencyKey: string;
  kind: string;
  reference: string;
  description: string;
  metadata: Record<string, unknown>;
  createdAt: Date;
  legs: LedgerLeg[];
}
