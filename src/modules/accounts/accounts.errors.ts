import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  UnauthenticatedError,
} from '../../core/errors/domain-error';

export const emailTaken = () => new ConflictError('EMAIL_TAKEN', 'An account with this email already exists');
export const roleNotSelfService = (role: string) =>
  new ForbiddenError(
    'ROLE_NOT_SELF_SERVICE',
    `Only REQUESTER or CONTRACTOR accounts can self-register, not ${role}`,
  );
export const organizationRequired = (field: 'organizationName' | 'organizationId') =>
  new BadInputError('ORGANIZATION_REQUIRED', `${field} is required for a REQUESTER account`, { field });
export const organizationNotAllowed = (field: string, role: string) =>
  new BadInputError(
    'ORGANIZATION_NOT_ALLOWED',
    `${field} only applies to REQUESTER or REVIEWER accounts, not ${role}`,
    {
      field,
    },
  );
export const badCredentials = () => new UnauthenticatedError('BAD_CREDENTIALS', 'Email or password is wrong');
