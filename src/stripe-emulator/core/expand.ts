import { invalidRequest } from './errors';
import { snapshot, type StripeObject } from './store';

/** Applies `expand[]` paths (`latest_charge`, `data.source`, `latest_charge.balance_transaction`)
 * to a response copy: an id found in the store is replaced by a copy of the object. Ids of objects
 * the emulator does not keep (e.g. `pyr_…`) stay ids. */
export function expandResponse(
  body: unknown,
  paths: string[],
  lookup: (id: string) => StripeObject | undefined,
): void {
  for (const path of paths) {
    const segments = path.split('.');
    if (segments.length > 4) {
      throw invalidRequest(`You cannot expand more than 4 levels of a property. Property: ${path}`, {
        param: 'expand',
      });
    }
    walk(body, segments, path, lookup);
  }
}

function walk(
  node: unknown,
  segments: string[],
  path: string,
  lookup: (id: string) => StripeObject | undefined,
): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, segments, path, lookup);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const [head, ...rest] = segments;
  if (!(head in record)) {
    throw invalidRequest(`This property cannot be expanded (${path}).`, { param: 'expand' });
  }
  const value = record[head];
  if (typeof value === 'string') {
    const found = lookup(value);
    if (found) record[head] = snapshot(found);
  }
  if (rest.length > 0) walk(record[head], rest, path, lookup);
}
