import { BadInputError, ConflictError } from '../../core/errors/domain-error';

export const unknownCurrency = (currency: string, field = 'currency') =>
  new BadInputError('UNKNOWN_CURRENCY', `"${currency}" is not an ISO 4217 currency code such as USD`, {
    field,
  });

export const invalidEntry = (reason: string, message: string, field: string) =>
  new BadInputError(reason, message, { field });

export const idempotencyKeyReused = (idempotencyKey: string, entryId: string) =>
  new ConflictError(
    'IDEMPOTENCY_KEY_REUSED',
    `Idempotency key "${idempotencyKey}" was already used for a different ledger entry`,
    { idempotencyKey, entryId },
  );

export const insufficientFunds = (account: string, currency: string) =>
  new ConflictError('INSUFFICIENT_FUNDS', `Account ${account} has too little ${currency} for this move`, {
    account,
    currency,
  });

/** A leg set that does not balance reached the writer: a bug in the caller, never user input. */
export class UnbalancedEntryError extends Error {}
