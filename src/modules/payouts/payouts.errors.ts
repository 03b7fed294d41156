import { BadInputError, ConflictError } from '../../core/errors/domain-error';

export const profileRequired = () =>
  new ConflictError(
    'CONTRACTOR_PROFILE_REQUIRED',
    'Set your contractor profile (country) before starting payout onboarding',
  );

export const unknownPayoutCurrency = (currency: string) =>
  new BadInputError('UNKNOWN_CURRENCY', `${currency} is not an ISO 4217 currency`, { field: 'currency' });
