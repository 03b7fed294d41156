import { buildMessage, ValidateBy, ValidationOptions } from 'class-validator';
import { isCurrency } from './currencies';

/** An active ISO 4217 code, exactly as written there (uppercase): "usd" is refused, not fixed. */
export function IsCurrencyCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCurrencyCode',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCurrency(value),
        defaultMessage: buildMessage(
          () => '$property must be an uppercase ISO 4217 currency code such as USD, EUR or JPY',
          options,
        ),
      },
    },
    options,
  );
}
