import { buildMessage, ValidateBy, ValidationOptions } from 'class-validator';
import { isCountryCode, isLanguageCode } from './iso-codes';

function codeValidator(name: string, test: (v: string) => boolean, what: string) {
  return (options?: ValidationOptions): PropertyDecorator =>
    ValidateBy(
      {
        name,
        validator: {
          validate: (value: unknown) => typeof value === 'string' && test(value),
          defaultMessage: buildMessage((each) => `${each}$property must contain only ${what}`, options),
        },
      },
      options,
    );
}

export const IsCountryCode = codeValidator(
  'isCountryCode',
  isCountryCode,
  'ISO 3166-1 alpha-2 country codes (e.g. US, GB)',
);
export const IsLanguageCode = codeValidator(
  'isLanguageCode',
  isLanguageCode,
  'ISO 639-1 language codes (e.g. en, fr)',
);
