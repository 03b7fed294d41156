import { buildMessage, ValidateBy, ValidationOptions } from 'class-validator';

/**
 * A string of at most `max` UTF-16 code units (JavaScript's `length`). class-validator's
 * MaxLength counts code points instead, so 50 000 emoji would pass as 50 000 while being
 * 100 000 units long — and scan offsets and limits are in UTF-16 units.
 */
export function MaxUtf16Length(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxUtf16Length',
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.length <= max,
        defaultMessage: buildMessage(
          () => '$property must be at most $constraint1 characters (UTF-16 code units) long',
          options,
        ),
      },
    },
    options,
  );
}
