import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function randomToken(length: number, alphabet = ALPHABET): string {
  const bytes = randomBytes(length);
  let out = '';
  // The modulo bias is irrelevant for identifiers.
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

/** Ids shaped like Stripe's: the prefix, an underscore and 24 characters (14 for customers,
 * 16 for accounts). */
export function newId(prefix: string): string {
  const length = prefix === 'cus' ? 14 : prefix === 'acct' ? 16 : 24;
  return `${prefix}_${randomToken(length)}`;
}

export function invoicePrefix(): string {
  return randomToken(8, '0123456789ABCDEF');
}
