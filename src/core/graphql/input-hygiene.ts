import 'reflect-metadata';
import { FieldProblem } from './format-error';

const MULTI_LINE = Symbol('fairsample:multiLine');
/** Control characters (C0, DEL, C1) — NUL among them, which PostgreSQL text cannot hold. */
const CONTROL = /\p{Cc}/u;
/** The same, but line breaks and tabs are allowed (multi-line text). */
const CONTROL_EXCEPT_LINES = /[^\P{Cc}\n\r\t]/u;
const MAX_DEPTH = 32;

/** Marks a string input field whose text may span lines: \n, \r and \t are allowed in it. */
export function MultiLine(): PropertyDecorator {
  return (target, key) => {
    const names = (Reflect.getOwnMetadata(MULTI_LINE, target) as (string | symbol)[] | undefined) ?? [];
    Reflect.defineMetadata(MULTI_LINE, [...names, key], target);
  };
}

const isMultiLine = (cls: unknown, key: string): boolean =>
  typeof cls === 'function' &&
  ((Reflect.getMetadata(MULTI_LINE, cls.prototype as object) as string[] | undefined) ?? []).includes(key);

/** The class of a nested input object, from the type TypeScript records for decorated (@Field) properties. */
function nestedClass(cls: unknown, key: string): unknown {
  if (typeof cls !== 'function') return undefined;
  const type: unknown = Reflect.getMetadata('design:type', cls.prototype as object, key);
  return type === Array || type === Object || type === String ? undefined : type;
}

/**
 * Every string of a request's arguments and input objects, refused if it holds a control
 * character (line breaks and tabs only in @MultiLine() fields). Field names follow the
 * validation errors: `title`, `rows.3.professionCode`, or the argument's own name.
 */
export function controlCharacterProblems(value: unknown, cls: unknown, name?: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const visit = (v: unknown, owner: unknown, path: string, multiLine: boolean, depth: number): void => {
    if (typeof v === 'string') {
      if ((multiLine ? CONTROL_EXCEPT_LINES : CONTROL).test(v))
        problems.push({
          field: path || 'input',
          problems: [
            `${path || 'input'} must not contain control characters${multiLine ? ' other than line breaks and tabs' : ''}`,
          ],
        });
      return;
    }
    if (v === null || typeof v !== 'object' || depth > MAX_DEPTH) return;
    if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, owner, path ? `${path}.${i}` : String(i), multiLine, depth + 1));
      return;
    }
    for (const [key, item] of Object.entries(v)) {
      const child = path ? `${path}.${key}` : key;
      visit(item, nestedClass(owner, key), child, isMultiLine(owner, key), depth + 1);
    }
  };
  // An input object's fields are named on their own (`title`), as class-validator names them;
  // a scalar or list argument by the argument's name (`version`, `ids.2`).
  const isInputObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  visit(value, cls, isInputObject ? '' : (name ?? ''), false, 0);
  return problems;
}
