import { hash, verify } from '@node-rs/argon2';
import { ValidateBy, ValidationOptions } from 'class-validator';
import { COMMON_PASSWORDS_TEXT } from './common-passwords';

/** OWASP's argon2id minimum: 19 MiB of memory, 2 iterations, 1 lane. */
const PARAMS = {
  algorithm: 2 /* Algorithm.Argon2id (a const enum) */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Compared against when the email is unknown, so both paths cost the same time. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password-' + Math.random());
  return dummyHash;
}

const COMMON = new Set(COMMON_PASSWORDS_TEXT.split('\n').filter((p) => p.length > 0));

/**
 * Why a password of acceptable length is still refused, or null: nothing but spaces, one
 * character repeated, a short pattern repeated, or a common password (also with digits or
 * symbols added around it, in any case).
 */
export function passwordProblem(password: string): string | null {
  if (/^\s*$/u.test(password)) return 'must not be only spaces';
  const lower = password.toLowerCase();
  if (/^(.{1,4})\1+$/su.test(lower)) return 'must not repeat one short pattern';
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const repeated = /^(.+?)\1+$/su.exec(core)?.[1];
  if (COMMON.has(lower) || COMMON.has(core) || (repeated !== undefined && COMMON.has(repeated)))
    return 'is too common: choose one that is not on lists of leaked passwords';
  return null;
}

/** A new password: at least MIN_PASSWORD_LENGTH characters and not trivial (see passwordProblem). */
export function IsAcceptablePassword(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAcceptablePassword',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && value.length >= MIN_PASSWORD_LENGTH && !passwordProblem(value),
        defaultMessage: (args) => {
          const value: unknown = args?.value;
          if (typeof value !== 'string' || value.length < MIN_PASSWORD_LENGTH)
            return `password must be at least ${MIN_PASSWORD_LENGTH} characters`;
          return `password ${passwordProblem(value)}`;
        },
      },
    },
    options,
  );
}
