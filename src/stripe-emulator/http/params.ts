import {
  emptyString,
  invalidInteger,
  invalidRequest,
  parameterMissing,
  parameterUnknown,
} from '../core/errors';
import type { FormObject, FormValue } from './form';

const CURRENCIES = new Set(Intl.supportedValuesOf('currency').map((c) => c.toLowerCase()));

export interface RangeFilter {
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
}

/** Typed reads of a request's parameters that fail the way Stripe does (400 with `param`). */
export class Params {
  constructor(
    private readonly data: FormObject,
    private readonly prefix = '',
  ) {}

  get raw(): FormObject {
    return this.data;
  }

  name(key: string): string {
    return this.prefix ? `${this.prefix}[${key}]` : key;
  }

  has(key: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.data, key);
  }

  /** Refuses any parameter not listed (`expand` is always allowed at the top level). */
  allowOnly(allowed: readonly string[]): void {
    for (const key of Object.keys(this.data)) {
      if (!allowed.includes(key) && !(this.prefix === '' && key === 'expand')) {
        throw parameterUnknown(this.name(key));
      }
    }
  }

  private scalar(key: string): string | undefined {
    if (!this.has(key)) return undefined;
    const v = this.data[key];
    if (typeof v !== 'string') {
      throw invalidRequest(`Invalid ${this.name(key)}: must be a string`, { param: this.name(key) });
    }
    return v;
  }

  /** Absent → undefined, empty string (Stripe's "unset") → null. */
  string(key: string, opts: { maxLength?: number } = {}): string | null | undefined {
    const v = this.scalar(key);
    if (v === undefined) return undefined;
    if (v === '') return null;
    if (opts.maxLength !== undefined && v.length > opts.maxLength) {
      throw invalidRequest(`Invalid ${this.name(key)}: must be at most ${opts.maxLength} characters`, {
        param: this.name(key),
      });
    }
    return v;
  }

  requiredString(key: string): string {
    const v = this.scalar(key);
    if (v === undefined) throw parameterMissing(this.name(key));
    if (v === '') throw emptyString(this.name(key));
    return v;
  }

  integer(key: string, opts: { min?: number; max?: number } = {}): number | undefined {
    const v = this.scalar(key);
    if (v === undefined) return undefined;
    if (v === '') throw emptyString(this.name(key));
    if (!/^-?\d+$/.test(v) || !Number.isSafeInteger(Number(v))) throw invalidInteger(this.name(key), v);
    const n = Number(v);
    if (opts.min !== undefined && n < opts.min) {
      throw invalidRequest(`This value must be greater than or equal to ${opts.min}.`, {
        code: 'parameter_invalid_integer',
        param: this.name(key),
      });
    }
    if (opts.max !== undefined && n > opts.max) {
      throw invalidRequest(`This value must be less than or equal to ${opts.max}.`, {
        code: 'parameter_invalid_integer',
        param: this.name(key),
      });
    }
    return n;
  }

  requiredInteger(key: string, opts: { min?: number; max?: number } = {}): number {
    const n = this.integer(key, opts);
    if (n === undefined) throw parameterMissing(this.name(key));
    return n;
  }

  boolean(key: string): boolean | undefined {
    const v = this.scalar(key);
    if (v === undefined) return undefined;
    if (v === 'true') return true;
    if (v === 'false') return false;
    throw invalidRequest(`Invalid boolean: ${v}`, { param: this.name(key) });
  }

  enumOf<T extends string>(key: string, values: readonly T[]): T | null | undefined {
    const v = this.string(key);
    if (v === undefined || v === null) return v;
    if (!(values as readonly string[]).includes(v)) {
      throw invalidRequest(`Invalid ${this.name(key)}: must be one of ${values.join(', ')}`, {
        param: this.name(key),
      });
    }
    return v as T;
  }

  currency(key = 'currency', required = true): string | undefined {
    const v = required ? this.requiredString(key) : this.string(key);
    if (v === undefined || v === null) return undefined;
    const c = v.toLowerCase();
    if (!/^[a-z]{3}$/.test(c) || !CURRENCIES.has(c)) {
      throw invalidRequest(`Invalid currency: ${v}.`, { param: this.name(key) });
    }
    return c;
  }

  /** Absent → undefined; `key=` (unset) → null; otherwise the nested parameters. */
  object(key: string): Params | null | undefined {
    if (!this.has(key)) return undefined;
    const v = this.data[key];
    if (v === '') return null;
    if (typeof v === 'string') {
      throw invalidRequest(`Invalid object`, { code: 'parameter_invalid_empty', param: this.name(key) });
    }
    return new Params(Array.isArray(v) ? listToObject(v) : v, this.name(key));
  }

  stringArray(key: string): string[] | undefined {
    if (!this.has(key)) return undefined;
    const v = this.data[key];
    if (v === '') return [];
    const list = Array.isArray(v) ? v : typeof v === 'string' ? [v] : Object.values(v);
    return list.map((item, i) => {
      if (typeof item !== 'string' || item === '') {
        throw invalidRequest(`Invalid array`, { param: `${this.name(key)}[${i}]` });
      }
      return item;
    });
  }

  /** Metadata updates: a key set to '' is removed, `metadata=` removes every key. */
  metadata(key = 'metadata'): { unsetAll: boolean; entries: Record<string, string | null> } | undefined {
    const obj = this.object(key);
    if (obj === undefined) return undefined;
    if (obj === null) return { unsetAll: true, entries: {} };
    const entries: Record<string, string | null> = {};
    for (const k of Object.keys(obj.raw)) {
      const v = obj.raw[k];
      if (typeof v !== 'string') {
        throw invalidRequest(`Invalid value for metadata key ${k}: must be a string`, { param: obj.name(k) });
      }
      if (k.length > 40) {
        throw invalidRequest(`Metadata keys can have up to 40 characters.`, { param: obj.name(k) });
      }
      if (v.length > 500) {
        throw invalidRequest(`Metadata values can have up to 500 characters.`, { param: obj.name(k) });
      }
      entries[k] = v === '' ? null : v;
    }
    return { unsetAll: false, entries };
  }

  /** `created=123` or `created[gte]=…&created[lte]=…`. */
  range(key: string): RangeFilter | undefined {
    if (!this.has(key)) return undefined;
    const v = this.data[key];
    if (typeof v === 'string') {
      const n = this.integer(key);
      return n === undefined ? undefined : { gte: n, lte: n };
    }
    const p = this.object(key);
    if (!p) return undefined;
    p.allowOnly(['gt', 'gte', 'lt', 'lte']);
    return { gt: p.integer('gt'), gte: p.integer('gte'), lt: p.integer('lt'), lte: p.integer('lte') };
  }

  expand(): string[] {
    return this.stringArray('expand') ?? [];
  }
}

function listToObject(list: FormValue[]): FormObject {
  const out: FormObject = {};
  list.forEach((v, i) => (out[String(i)] = v));
  return out;
}

export function inRange(value: number, range: RangeFilter | undefined): boolean {
  if (!range) return true;
  if (range.gt !== undefined && !(value > range.gt)) return false;
  if (range.gte !== undefined && !(value >= range.gte)) return false;
  if (range.lt !== undefined && !(value < range.lt)) return false;
  if (range.lte !== undefined && !(value <= range.lte)) return false;
  return true;
}

export function applyMetadata(
  target: Record<string, string>,
  update: { unsetAll: boolean; entries: Record<string, string | null> } | undefined,
): Record<string, string> {
  if (!update) return target;
  const next: Record<string, string> = update.unsetAll ? {} : { ...target };
  for (const [k, v] of Object.entries(update.entries)) {
    if (v === null) delete next[k];
    else next[k] = v;
  }
  if (Object.keys(next).length > 50) {
    throw invalidRequest('You can have up to 50 metadata keys.', { param: 'metadata' });
  }
  return next;
}
