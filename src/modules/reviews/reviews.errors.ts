import { BadInputError, ConflictError, ForbiddenError } from '../../core/errors/domain-error';

export const reasonRequired = () =>
  new BadInputError('REASON_REQUIRED', 'reason is required to reject a submission', { field: 'reason' });

export const feedbackTooShort = (min: number) =>
  new BadInputError(
    'FEEDBACK_REQUIRED',
    `feedback of at least ${min} characters is required for this decision`,
    {
      field: 'feedback',
      minLength: min,
    },
  );

export const notAReviewerOf = () =>
  new ForbiddenError(
    'NOT_ASSIGNED_REVIEWER',
    "Only the task's requesters or a reviewer assigned to the task review its submissions",
  );

export const notTaskRequester = () =>
  new ForbiddenError('NOT_TASK_REQUESTER', "Only the task's requesters pay bonuses on its submissions");

export const notAccepted = (status: string) =>
  new ConflictError('NOT_ACCEPTED', `Bonuses are paid on accepted submissions; this one is ${status}`, {
    status,
  });

export const bonusKeyReused = () =>
  new ConflictError(
    'IDEMPOTENCY_KEY_REUSED',
    'This idempotencyKey already paid a different bonus on this task',
    {
      field: 'idempotencyKey',
    },
  );
