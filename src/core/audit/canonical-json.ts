/**
 * One byte-exact text per JSON value, so a hash computed when a row is written can be recomputed
 * from the row read back later: object keys sorted in code-unit order, no whitespace, numbers and
 * strings as JSON.stringify writes them. It is stable across a round trip through PostgreSQL's
 * jsonb, which keeps numbers as exact decimals and forgets key order and escapes: JSON.parse of
 * what jsonb returns yields the same JavaScript values, and so the same canonical text.
 *
 * Values are restricted to what JSON can carry: a bigint becomes its decimal string and a Date
 * its ISO instant (normalise first with `toJsonValue`, store that); undefined object members are
 * dropped; NaN, Infinity, functions and symbols are refused.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The plain JSON value that `value` stands for (bigint → string, Date → ISO string). */
export function toJsonValue(value: unknown, path = '$'): JsonValue {
  if (value === null) return null;
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${path} is not a finite number`);
      return Object.is(value, -0) ? 0 : value;
    case 'bigint':
      return value.toString();
    case 'object': {
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) throw new TypeError(`${path} is an invalid date`);
        return value.toISOString();
      }
      if (Array.isArray(value)) return value.map((v, i) => toJsonValue(v ?? null, `${path}[${i}]`));
      // fromEntries defines own members, so even a key named __proto__ stays data.
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, toJsonValue(v, `${path}.${k}`)]),
      );
    }
    case 'undefined':
    case 'function':
    case 'symbol':
      break;
  }
  throw new TypeError(`${path} (${typeof value}) cannot be represented in JSON`);
}

/** The canonical text of a value (see above). */
export function canonicalJson(value: unknown): string {
  return write(toJsonValue(value));
}

function write(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(write).join(',')}]`;
  const keys = Object.keys(value).sort(byCodeUnits);
  return `{${keys.map((k) => `${JSON.stringify(k)}:${write(value[k])}`).join(',')}}`;
}
