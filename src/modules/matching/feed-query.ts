import { contractorSource, eligiblePredicate } from './eligibility-rules';

/** Effective hourly pay in minor units: the first key of the feed's order (and of its index). */
const HOURLY = `(t.price_per_sample * 60 / t.estimated_minutes)`;

/**
 * The open tasks contractor $1 can claim now. The contractor's id is a parameter, so each rule's
 * contractor side (its occupations' groups, qualifications, consents) is computed once per query.
 */
const FEED_FROM = `FROM tasks t CROSS JOIN ${contractorSource('$1::uuid')} c
  WHERE t.status = 'OPEN' AND t.slots_remaining > 0 AND ${eligiblePredicate('$1::uuid')}`;

/**
 * One page of the feed, best first: effective hourly pay, then slots left, then newest. Params:
 * $1 contractor id, $2 limit, and with a cursor $3 hourly, $4 slots left, $5 created_at, $6 id.
 * The keyset matches the partial index tasks_feed_order_idx, so a page reads only the index
 * entries down to the rows it returns. `key` is the sort position a cursor carries.
 */
export function feedPageSql(afterCursor: boolean): string {
  const keyset = afterCursor
    ? `AND (${HOURLY}, t.slots_remaining, t.created_at, t.id) < ($3::bigint, $4::int, $5::timestamptz, $6::uuid)`
    : '';
  return `SELECT t.id, ${HOURLY} || '|' || t.slots_remaining || '|' ||
      to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS key
    ${FEED_FROM} ${keyset}
    ORDER BY ${HOURLY} DESC, t.slots_remaining DESC, t.created_at DESC, t.id DESC LIMIT $2`;
}

/** How many tasks the feed holds for contractor $1 (only when a client asks for totalCount). */
export const FEED_COUNT_SQL = `SELECT count(*)::int AS n ${FEED_FROM}`;

/** The sort position in a cursor: "hourly|slots|created_at". */
export const FEED_CURSOR_KEY = /^(\d{1,18})\|(\d{1,6})\|(\d{4}-\d{2}-\d{2}T[0-9:.]+Z)$/;
