import { ConflictError, DomainError, NotFoundError } from '../../core/errors/domain-error';

export const notEligible = (reasons: string[], codes: string[]) =>
  new DomainError('FORBIDDEN', 'NOT_ELIGIBLE', `You cannot claim this task: ${reasons.join('; ')}`, {
    reasons,
    codes,
  });

export const noSlotsLeft = () => new ConflictError('NO_SLOTS_LEFT', 'Every slot of this task is taken');

export const claimLimitReached = (max: number) =>
  new ConflictError(
    'CLAIM_LIMIT_REACHED',
    `You already hold ${max} claim${max === 1 ? '' : 's'} on this task, the most one contractor may`,
    { maxPerContractor: max },
  );

export const taskNotOpen = (status: string) =>
  new ConflictError('TASK_NOT_OPEN', `The task is ${status}, so it takes no new claims`, { status });

export const claimNotFound = (id: string) => new NotFoundError('Claim', id);

export const claimNotActive = (status: string) =>
  new ConflictError('CLAIM_NOT_ACTIVE', `The claim is ${status}; only an ACTIVE claim can change`, {
    status,
  });

export const claimExpired = (expiresAt: Date) =>
  new ConflictError(
    'CLAIM_EXPIRED',
    `The claim expired at ${expiresAt.toISOString()}; its slot went back to the task`,
    {
      expiresAt: expiresAt.toISOString(),
    },
  );
