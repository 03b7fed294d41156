export type MismatchKind =
  | 'MISSING_AT_PROCESSOR'
  | 'MISSING_IN_LEDGER'
  | 'AMOUNT_MISMATCH'
  | 'CURRENCY_MISMATCH'
  | 'STATUS_MISMATCH'
  /** A funding, refund or payout still PENDING: its job has not settled it with the processor. */
  | 'PENDING_UNSETTLED';

export interface Amount {
  amount: bigint;
  currency: string;
}

export interface Mismatch {
  kind: MismatchKind;
  /** What it is about: `funding:<pi>`, `refund:<id>`, `payout:<id>`, with the processor's id. */
  reference: string;
  ledger: Amount | null;
  processor: Amount | null;
  detail: string;
}

export interface ReconciliationReport {
  from: Date;
  to: Date;
  matchedCount: number;
  mismatches: Mismatch[];
}

/** One side's view of one money movement, keyed the same on both sides. */
export interface Side {
  amount: bigint;
  currency: string;
  status: string;
  at: Date;
}
