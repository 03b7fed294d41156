import { BadInputError } from '../../core/errors/domain-error';

export const invalidFeedCursor = () =>
  new BadInputError('INVALID_CURSOR', 'after is not a cursor this API returned', { field: 'after' });
