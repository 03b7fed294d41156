import { BadInputError } from '../../core/errors/domain-error';

/** The scanner's speed guarantees (bench/pii-scan.bench.ts) are measured up to this length. */
export const MAX_SCAN_LENGTH = 50_000;

export const textTooLong = (length: number) =>
  new BadInputError(
    'TEXT_TOO_LONG',
    `The text is ${length} characters (UTF-16 code units) long; at most ${MAX_SCAN_LENGTH} can be scanned at once`,
    { length, maxLength: MAX_SCAN_LENGTH },
  );
