import { BadInputError, ConflictError, ForbiddenError } from '../../core/errors/domain-error';
import { toSafeNumber } from '../../core/money/money';
import type { EscrowPosition } from '../tasks/tasks.module';

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

/** A bonus may spend only escrow no unpaid slot of the task still needs. */
export const bonusExceedsSpareEscrow = (amount: bigint, fee: bigint, p: EscrowPosition) =>
  new ConflictError(
    'BUDGET_EXHAUSTED',
    `A bonus of ${amount} plus its fee of ${fee} (${p.currency} minor units) needs ${amount + fee}, but of the ` +
      `task's escrow of ${p.escrow}, ${p.reserved} is reserved for its ${p.unpaidSlots} unpaid slot(s) ` +
      `(open or with work under way): at most ${p.spare} can be spent on bonuses and their fees now`,
    {
      escrowMinor: toSafeNumber(p.escrow),
      reservedMinor: toSafeNumber(p.reserved),
      spareMinor: toSafeNumber(p.spare),
      unpaidSlots: p.unpaidSlots,
    },
  );
