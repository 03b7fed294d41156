import { Field, ObjectType } from '@nestjs/graphql';
import { BadInputError } from '../errors/domain-error';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  first: number;
  after?: { sortKey: string; id: string };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Cursors carry instants as Date.prototype.toISOString writes them (UTC, milliseconds). */
const ISO_INSTANT = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const MIN_YEAR = 1970;
const MAX_YEAR = 9999;

/**
 * A real instant in a sane range: the exact form this API writes, a calendar date that exists
 * (no 2024-02-30: it must survive a round trip through Date) and a year PostgreSQL and the
 * data can hold (no year 0000).
 */
export function isCursorInstant(value: string): boolean {
  const match = ISO_INSTANT.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString() === value;
}

/** A keyset position of (timestamp, uuid), as most lists here are ordered. */
export const isTimestampUuid = (sortKey: string, id: string): boolean =>
  isCursorInstant(sortKey) && UUID.test(id);

/** Cursors are opaque to clients: base64url of the keyset position (sort key, id). */
export function encodeCursor(sortKey: string, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id]), 'utf8').toString('base64url');
}

export function parsePage(
  first: number | null | undefined,
  after: string | null | undefined,
  isValidPosition: (sortKey: string, id: string) => boolean = () => true,
): PageRequest {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
    throw new BadInputError('INVALID_PAGE_SIZE', `first must be between 1 and ${MAX_PAGE_SIZE}`, {
      field: 'first',
    });
  if (after === null || after === undefined) return { first: size };
  try {
    const parsed: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      parsed.every((p) => typeof p === 'string') &&
      isValidPosition(parsed[0], parsed[1])
    )
      return { first: size, after: { sortKey: parsed[0], id: parsed[1] } };
  } catch {
    // fall through to the error below
  }
  throw new BadInputError('INVALID_CURSOR', 'after is not a cursor this API returned', { field: 'after' });
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds a connection from rows fetched with `limit first + 1`. */
export function toConnection<R, T>(
  rows: R[],
  page: PageRequest,
  totalCount: number,
  cursorOf: (row: R) => [string, string],
  map: (row: R) => T,
): Connection<T> {
  const hasNextPage = rows.length > page.first;
  const edges = rows.slice(0, page.first).map((row) => {
    const [sortKey, id] = cursorOf(row);
    return { cursor: encodeCursor(sortKey, id), node: map(row) };
  });
  return { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
