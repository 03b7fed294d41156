/**
 * Ledger accounts are plain strings, `<kind>:<segment>(:<segment>)*`. Build them only with these
 * helpers so a typo cannot open an account nobody reads. The same grammar is a CHECK on
 * `ledger_postings.account` (migration 1764160000002).
 */
const ACCOUNT = /^[a-z][a-z0-9_]*(:[A-Za-z0-9_.-]+)+$/;
const SEGMENT = /^[A-Za-z0-9_.-]+$/;
const MAX_LENGTH = 200;

function segment(name: string, value: string): string {
  // A ':' inside an id would let one account name pose as another.
  if (!SEGMENT.test(value)) throw new Error(`${name} cannot be part of a ledger account name: "${value}"`);
  return value;
}

export const Accounts = Object.freeze({
  /** Money held at the payment processor: funding arrives from here, payouts leave to it. */
  processorClearing: 'processor:clearing',
  /** Fees the platform has earned. */
  platformRevenue: 'platform:revenue',
  /** What an organisation has put aside for one task; never below zero. */
  taskEscrow: (orgId: string, taskId: string) =>
    `org:${segment('orgId', orgId)}:escrow:task:${segment('taskId', taskId)}`,
  /** Prefix of every escrow account of an organisation, for `LedgerService.balances`. */
  orgEscrowPrefix: (orgId: string) => `org:${segment('orgId', orgId)}:escrow:`,
  /** What the platform owes a contractor and has not yet paid out; never below zero. */
  contractorPayable: (userId: string) => `contractor:${segment('userId', userId)}:payable`,
});

export type ParsedAccount =
  | { kind: 'PROCESSOR_CLEARING' }
  | { kind: 'PLATFORM_REVENUE' }
  | { kind: 'TASK_ESCROW'; orgId: string; taskId: string }
  | { kind: 'CONTRACTOR_PAYABLE'; userId: string };

/** The known account shapes; null for anything else (even if well-formed). */
export function parseAccount(account: string): ParsedAccount | null {
  if (!isAccountName(account)) return null;
  if (account === Accounts.processorClearing) return { kind: 'PROCESSOR_CLEARING' };
  if (account === Accounts.platformRevenue) return { kind: 'PLATFORM_REVENUE' };
  const parts = account.split(':');
  if (parts.length === 5 && parts[0] === 'org' && parts[2] === 'escrow' && parts[3] === 'task')
    return { kind: 'TASK_ESCROW', orgId: parts[1], taskId: parts[4] };
  if (parts.length === 3 && parts[0] === 'contractor' && parts[2] === 'payable')
    return { kind: 'CONTRACTOR_PAYABLE', userId: parts[1] };
  return null;
}

export function isAccountName(account: string): boolean {
  return account.length <= MAX_LENGTH && ACCOUNT.test(account);
}

/**
 * Accounts the database keeps at or above zero (the CHECKs on `ledger_balances`): escrow and
 * contractor payables. Mirrors `LIKE 'org:%:escrow:%'` and `LIKE 'contractor:%:payable'`.
 */
export function mustStayNonNegative(account: string): boolean {
  return /^org:.*:escrow:/.test(account) || /^contractor:.*:payable$/.test(account);
}
