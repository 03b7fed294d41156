import { BadInputError, ConflictError } from '../../core/errors/domain-error';

export const notAContractor = (userId: string) =>
  new BadInputError('NOT_A_CONTRACTOR', 'Only a contractor account is erased this way', {
    field: 'userId',
    userId,
  });

export const alreadyErased = (userId: string) =>
  new ConflictError('ALREADY_ERASED', 'This contractor was already erased', { userId });
