import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../../core/errors/domain-error';

export const unknownTermsVersion = (version: string, field: string) =>
  new BadInputError('UNKNOWN_CONSENT_TERMS', `No consent terms were published as version ${version}`, {
    field,
  });

export const purposesNotCovered = (version: string, extra: string[], field: string) =>
  new BadInputError('PURPOSE_NOT_COVERED', `Consent terms ${version} do not cover ${extra.join(', ')}`, {
    field,
    purposes: extra,
  });

export const termsVersionTaken = (version: string) =>
  new ConflictError(
    'CONSENT_TERMS_EXIST',
    `Consent terms ${version} are already published and never change`,
    {
      field: 'version',
    },
  );

export const noCurrentConsent = () => new NotFoundError('Consent');

export const consentWithdrawn = () =>
  new ForbiddenError(
    'CONSENT_WITHDRAWN',
    "You withdrew your consent for this task's organisation or purpose; give it again to submit here",
  );
