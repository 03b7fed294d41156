import { BadInputError, ConflictError, NotFoundError } from '../../core/errors/domain-error';

export const MAX_CONTENT_LENGTH = 50_000;

export const submissionNotFound = (id: string) => new NotFoundError('Submission', id);

export const emptyContent = () =>
  new BadInputError('CONTENT_EMPTY', 'content must not be empty', { field: 'content' });

export const contentTooLong = (length: number) =>
  new BadInputError(
    'CONTENT_TOO_LONG',
    `content is ${length} characters (UTF-16 code units) long; at most ${MAX_CONTENT_LENGTH} are accepted`,
    { field: 'content', length, maxLength: MAX_CONTENT_LENGTH },
  );

export const attestationRefused = (field: 'holdsRightToShare' | 'ownWork') =>
  new BadInputError('ATTESTATION_REQUIRED', `attestation.${field} must be true to submit`, {
    field: `attestation.${field}`,
  });

export const wrongTermsVersion = (given: string, task: string) =>
  new BadInputError(
    'CONSENT_TERMS_MISMATCH',
    `attestation.consentTermsVersion is ${given}, but the task asks for ${task}`,
    { field: 'attestation.consentTermsVersion', expected: task },
  );

export const noCurrentConsent = (version: string) =>
  new ConflictError('NO_CURRENT_CONSENT', `Give consent to terms ${version} before submitting`, {
    termsVersion: version,
  });

export const revisionWindowClosed = (days: number) =>
  new ConflictError(
    'REVISION_WINDOW_CLOSED',
    `The task has ended and this sample was not resubmitted within ${days} days of the revision request ` +
      `(or of the task's end): the request is final`,
    { days },
  );

export const notAwaitingRevision = (status: string) =>
  new ConflictError(
    'NOT_AWAITING_REVISION',
    `The claim's last submission is ${status}; a new version can only follow a revision request`,
    { status },
  );

export const alreadyDecided = (status: string) =>
  new ConflictError('ALREADY_REVIEWED', `The submission is ${status}; only a SUBMITTED one can be reviewed`, {
    status,
  });

export const budgetExhausted = () =>
  new ConflictError(
    'BUDGET_EXHAUSTED',
    "The task's escrow cannot cover this payment; the requester must add funds first",
  );
