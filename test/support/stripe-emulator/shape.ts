/** Compares the JSON shape of an emulator object with a Stripe example object. */
export type JsonType = 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean';

export function jsonType(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as JsonType;
}

export interface ShapeOptions {
  /** Paths where our value may be null although the example's is not, with the reason. */
  nullable: Record<string, string>;
  /** Paths compared against another example (e.g. an event's `data.object`). */
  substitute?: Record<string, unknown>;
}

/**
 * The differences, as `path: explanation`. Rules: same keys at every level; same JSON type for
 * each key; a key null in the example may hold anything in ours; a key null in ours must be null
 * in the example or listed in `nullable`; an empty object in the example is a free-form map
 * (metadata, or a sub-object the example leaves out) and matches any object; array elements of
 * ours are compared with the example's first element.
 */
export function shapeDifferences(example: unknown, ours: unknown, opts: ShapeOptions, path = ''): string[] {
  const at = path || '(root)';
  if (opts.substitute && path in opts.substitute) example = opts.substitute[path];
  const te = jsonType(example);
  const to = jsonType(ours);
  if (te === 'null') return [];
  if (to === 'null') return path in opts.nullable ? [] : [`${at}: null in ours, ${te} in the fixture`];
  if (te !== to) return [`${at}: ${to} in ours, ${te} in the fixture`];
  if (te === 'array') {
    const [first] = example as unknown[];
    if (first === undefined) return [];
    return (ours as unknown[]).flatMap((item, i) => shapeDifferences(first, item, opts, `${path}[${i}]`));
  }
  if (te !== 'object') return [];
  const e = example as Record<string, unknown>;
  const o = ours as Record<string, unknown>;
  if (Object.keys(e).length === 0) return [];
  const out: string[] = [];
  for (const key of Object.keys(e)) {
    const child = path ? `${path}.${key}` : key;
    if (!(key in o)) out.push(`${child}: missing in ours`);
    else out.push(...shapeDifferences(e[key], o[key], opts, child));
  }
  for (const key of Object.keys(o)) {
    if (!(key in e)) out.push(`${path ? `${path}.${key}` : key}: not in the fixture`);
  }
  return out;
}
