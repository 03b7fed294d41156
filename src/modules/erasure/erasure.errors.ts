import { BadInputError, ConflictError } from '../../core/errors/domain-error';

export const notAContractor = (userId: string) =>
  new BadInputError('NOT_A_CONTRACTOR', 'Only a contractor account is erased this way', {
    field: 'userId',
    userId,
  });

export const alreadyErased = (userId: string) =>
  new ConflictError('ALREADY_ERASED', 'This contractor was already erased', { userId });

export const noVerifiedRequest = (userId: string) =>
  new ConflictError(
    'NO_VERIFIED_REQUEST',
    'This contractor has no verified erasure request: it asks with requestErasure, confirming its password',
    { userId },
  );

export const wrongPassword = () =>
  new BadInputError('WRONG_PASSWORD', 'The password does not match: an erasure request needs it re-entered', {
    field: 'password',
  });
