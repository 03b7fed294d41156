import { ConflictError, NotFoundError } from '../../core/errors/domain-error';

export const DISPUTE_WINDOW_DAYS = 14;
export const DECISION_DAYS = 7;

export const disputeNotFound = (id: string) => new NotFoundError('Dispute', id);

export const notRejected = (status: string) =>
  new ConflictError('NOT_REJECTED', `Only a rejection can be disputed; this submission is ${status}`, {
    status,
  });

export const disputeWindowClosed = () =>
  new ConflictError(
    'DISPUTE_WINDOW_CLOSED',
    `A rejection can be disputed within ${DISPUTE_WINDOW_DAYS} days of the decision`,
  );

export const alreadyDisputed = () =>
  new ConflictError('ALREADY_DISPUTED', 'This rejection was already disputed; a rejection is disputed once');

export const disputeResolved = () =>
  new ConflictError('DISPUTE_RESOLVED', 'This dispute was already decided');
