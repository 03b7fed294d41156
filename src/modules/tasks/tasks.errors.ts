import { BadInputError, ConflictError, DomainError, NotFoundError } from '../../core/errors/domain-error';

/** Another organisation's task does not exist as far as the caller can tell. */
export const taskNotFound = (id: string) => new NotFoundError('Task', id);

export const invalidTransition = (from: string, action: string, allowed: string[]) =>
  new ConflictError(
    'INVALID_TRANSITION',
    `A ${from} task cannot be ${action}; only ${allowed.join(' or ')} tasks can`,
    { status: from },
  );

export const notFunded = (escrow: bigint, budget: bigint, currency: string) =>
  new ConflictError(
    'NOT_FUNDED',
    `The escrow holds ${escrow} of the ${budget} (${currency} minor units) this task needs; fund the difference first`,
    { escrowMinor: Number(escrow), budgetMinor: Number(budget), currency },
  );

export const fundingInProgress = () =>
  new ConflictError(
    'FUNDING_IN_PROGRESS',
    'A payment for this task is still being processed; retry once it has succeeded or failed',
  );

export const alreadyFunded = () =>
  new ConflictError('ALREADY_FUNDED', 'The escrow already covers the budget');

export const notFundable = (status: string) =>
  new ConflictError(
    'INVALID_TRANSITION',
    `A ${status} task cannot be funded; a DRAFT is funded to its budget, an OPEN or PAUSED task topped up`,
    { status },
  );

export const topUpAmountRequired = (status: string) =>
  new ConflictError(
    'INVALID_TRANSITION',
    `A ${status} task is already funded to its budget; only a top-up with an amount can add to its escrow`,
    { status, field: 'amount' },
  );

export const draftTakesNoAmount = () =>
  new BadInputError(
    'INVALID_INPUT',
    'amount is only for topping up an OPEN or PAUSED task; a DRAFT is funded to what its budget lacks',
    { field: 'amount' },
  );

export const tooManyPerContractor = (max: number, slots: number) =>
  new BadInputError('INVALID_INPUT', `maxPerContractor (${max}) cannot exceed slots (${slots})`, {
    field: 'maxPerContractor',
    fields: [{ field: 'maxPerContractor', problems: ['maxPerContractor cannot exceed slots'] }],
  });

export const noRateFor = (cause: DomainError) =>
  new BadInputError(
    'NO_RATE',
    `${cause.message}: choose another profession, artifact kind, tier or currency`,
    {
      fields: ['professionCode', 'artifactKind', 'tier', 'currency'].map((field) => ({
        field,
        problems: ['no published rate for this combination'],
      })),
    },
  );

export const budgetTooLarge = () =>
  new BadInputError('BUDGET_TOO_LARGE', 'slots × requester cost exceeds what one payment can hold', {
    field: 'slots',
  });

export const reviewerNotAssignable = () =>
  new BadInputError(
    'NOT_A_REVIEWER',
    "userId must name a reviewer of the task's organisation or a platform reviewer",
    { field: 'userId' },
  );
