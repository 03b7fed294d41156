import { Transform } from 'class-transformer';
import { isEmail, ValidateBy, ValidationOptions } from 'class-validator';

/**
 * Text rules shared by every module: e-mail addresses compared in one canonical form, and names
 * shown to other people free of invisible and direction-changing characters.
 */

/** Zero-width, joiners, BOM, soft hyphen, bidi marks and other characters that render as nothing. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}\p{Zl}\p{Zp}]/u;
/** Embeddings, overrides and isolates (and their marks), which reorder what surrounds them. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const CONTROL = /\p{Cc}/gu;
/** Nothing a reader can see: spaces, invisible characters, lone combining marks. */
const NOT_VISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}\p{M}]/gu;

/** Scripts whose letters are confusable with each other; a mix of two of them is refused. */
const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Georgian',
  'Cherokee',
  'Coptic',
  'Arabic',
  'Hebrew',
  'Devanagari',
  'Thai',
] as const;
const SCRIPT_TESTS = SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')] as const);
/** Han, kana and Hangul are written together and beside Latin; they count as one script. */
const EAST_ASIAN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;

/** The one form in which addresses are stored and compared: NFKC (fullwidth → ASCII, composed accents), lower case. */
export function normalizeEmail(raw: string): string {
  return raw.trim().normalize('NFKC').toLowerCase().normalize('NFKC');
}

/** Why a normalised address is refused, or null. Addresses that could imitate another are refused. */
export function emailProblem(email: string): string | null {
  if (INVISIBLE.test(email)) return 'must not contain invisible or control characters';
  if (/\s/u.test(email)) return 'must not contain spaces';
  if (!isEmail(email, { allow_utf8_local_part: true })) return 'must be an email address';
  const scripts = new Set<string>();
  for (const letter of email.match(/\p{L}/gu) ?? []) {
    const script = SCRIPT_TESTS.find(([, re]) => re.test(letter))?.[0];
    if (script) scripts.add(script);
    else if (!EAST_ASIAN.test(letter)) scripts.add('other');
  }
  if (scripts.size > 1)
    return 'must not mix letters of different scripts (such as Latin and Cyrillic look-alikes)';
  return null;
}

/** A name without control or direction-changing characters, NFC, trimmed; '' if nothing visible remains. */
export function cleanName(raw: string): string {
  const cleaned = raw.replace(BIDI_CONTROLS, '').replace(CONTROL, '').normalize('NFC').trim();
  return cleaned.replace(NOT_VISIBLE, '') === '' ? '' : cleaned;
}

/** An e-mail input: normalised (see normalizeEmail), then refused if it could imitate another. */
export function IsAccountEmail(options?: ValidationOptions): PropertyDecorator {
  const transform = Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? normalizeEmail(value) : value,
  );
  const problemOf = (value: unknown) =>
    typeof value === 'string' ? emailProblem(value) : 'must be an email address';
  const validate = ValidateBy(
    {
      name: 'isAccountEmail',
      validator: {
        validate: (value: unknown) => problemOf(value) === null,
        defaultMessage: (args) => `${args?.property ?? 'email'} ${problemOf(args?.value) ?? 'is not valid'}`,
      },
    },
    options,
  );
  return (target, key) => {
    transform(target, key);
    validate(target, key);
  };
}

/** A name shown to others (person, organisation): cleaned (see cleanName), refused if empty after. */
export function IsVisibleName(options?: ValidationOptions): PropertyDecorator {
  const transform = Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? cleanName(value) : value,
  );
  const validate = ValidateBy(
    {
      name: 'isVisibleName',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.length > 0,
        defaultMessage: (args) => `${args?.property ?? 'name'} must contain visible characters`,
      },
    },
    options,
  );
  return (target, key) => {
    transform(target, key);
    validate(target, key);
  };
}
