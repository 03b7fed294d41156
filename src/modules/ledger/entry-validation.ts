import { isCurrency } from '../../core/money/currencies';
import { isAccountName } from './accounts';
import { invalidEntry, unknownCurrency } from './ledger.errors';
import type { PostEntryInput } from './ledger.types';

const MAX_MOVES = 100;
/** A single move must stay representable at the GraphQL edge (SafeInt). */
const MAX_AMOUNT = BigInt(Number.MAX_SAFE_INTEGER);

function text(field: string, value: unknown, max: number): void {
  if (typeof value !== 'string' || value.length === 0 || value.length > max)
    throw invalidEntry('INVALID_ENTRY', `${field} must be 1 to ${max} characters`, field);
}

/** Refuses a malformed entry with a typed error naming the field, before any SQL runs. */
export function validateEntry(entry: PostEntryInput): void {
  text('idempotencyKey', entry.idempotencyKey, 200);
  text('kind', entry.kind, 100);
  text('reference', entry.reference, 200);
  if (entry.description !== undefined && entry.description.length > 1000)
    throw invalidEntry('INVALID_ENTRY', 'description must be at most 1000 characters', 'description');
  if (!Array.isArray(entry.moves) || entry.moves.length === 0 || entry.moves.length > MAX_MOVES)
    throw invalidEntry('INVALID_MOVES', `A ledger entry needs 1 to ${MAX_MOVES} moves`, 'moves');
  entry.moves.forEach((m, i) => {
    const at = `moves[${i}]`;
    if (typeof m.amount !== 'bigint' || m.amount <= 0n || m.amount > MAX_AMOUNT)
      throw invalidEntry(
        'INVALID_AMOUNT',
        `${at}.amount must be a positive whole number of minor units`,
        `${at}.amount`,
      );
    if (!isCurrency(m.currency)) throw unknownCurrency(String(m.currency), `${at}.currency`);
    for (const side of ['from', 'to'] as const)
      if (typeof m[side] !== 'string' || !isAccountName(m[side]))
        throw invalidEntry('INVALID_ACCOUNT', `${at}.${side} is not a ledger account name`, `${at}.${side}`);
    if (m.from === m.to)
      throw invalidEntry('SAME_ACCOUNT', `${at} moves money from ${m.from} to itself`, `${at}.to`);
  });
}
