/**
 * Stripe's form encoding: `a[b][c]=v`, `list[0]=x`, `list[]=x`, brackets percent-encoded or not.
 * Values stay strings (an empty string means "unset" to Stripe, so it is kept as is); objects whose
 * keys are exactly 0..n-1 become arrays, which is what the SDK sends for arrays.
 */
export type FormValue = string | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

export class FormError extends Error {}

const KEY = /^([^[\]]+)((?:\[[^[\]]*\])*)$/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export function parseForm(input: string): FormObject {
  const root: FormObject = {};
  if (!input) return root;
  for (const [rawKey, value] of new URLSearchParams(input)) {
    if (rawKey === '') continue;
    assign(root, splitKey(rawKey), value);
  }
  return normalise(root) as FormObject;
}

function splitKey(rawKey: string): string[] {
  const m = KEY.exec(rawKey);
  // A key with unbalanced brackets is taken literally, as Rack-style parsers do.
  const segments = m ? [m[1], ...[...m[2].matchAll(/\[([^[\]]*)\]/g)].map((s) => s[1])] : [rawKey];
  for (const s of segments) {
    if (FORBIDDEN.has(s)) throw new FormError(`Invalid parameter name: ${rawKey}`);
  }
  return segments;
}

function assign(root: FormObject, segments: string[], value: string): void {
  let node: FormObject = root;
  for (let i = 0; i < segments.length; i++) {
    const key = segments[i] === '' ? String(nextIndex(node)) : segments[i];
    if (i === segments.length - 1) {
      node[key] = value;
      return;
    }
    const child = node[key];
    if (typeof child !== 'object' || Array.isArray(child)) node[key] = {};
    node = node[key] as FormObject;
  }
}

function nextIndex(node: FormObject): number {
  let n = 0;
  while (Object.prototype.hasOwnProperty.call(node, String(n))) n++;
  return n;
}

function normalise(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  for (const k of keys) value[k] = normalise(value[k]);
  const isList = keys.length > 0 && keys.every((k, i) => k === String(i));
  return isList ? keys.map((k) => value[k]) : value;
}

/** Canonical text of parsed params (sorted keys), used to compare idempotent requests. */
export function canonical(value: FormValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
}
