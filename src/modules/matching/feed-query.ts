import { contractorSource, eligiblePredicate } from './eligibility-rules';

/** Effective hourly pay in minor units: the first key of the feed's order (and of its index). */
const HOURLY = `(t.price_per_sample * 60 / t.estimated_minutes)`;

/** The feed's order, best first; also the order of tasks_feed_by_profession_idx after the code. */
const ORDER = `${HOURLY} DESC, t.slots_remaining DESC, t.created_at DESC, t.id DESC`;

/**
 * One page of the feed, best first: effective hourly pay, then slots left, then newest, at most
 * `limit` rows. Params: $1 contractor id, and with a cursor $2 hourly, $3 slots left,
 * $4 created_at, $5 id. The limit is part of the text (an integer, so nothing to escape): the
 * statement is prepared once per text, and a plan made for a known limit is the right one.
 *
 * The contractor's row (its lineage of SOC codes, qualifications, consent keys) is computed once.
 * A task belongs to exactly one code, so the page is the best `limit` of the union over the
 * contractor's codes of each code's best `limit` eligible tasks: for each code the partial index
 * tasks_feed_by_profession_idx (code, then the feed order) is read from the cursor down, each
 * entry checked against every rule, until `limit` pass — a page reads about `limit` entries per
 * code, however many open tasks there are. Rows come back with `columns` (the task's columns the
 * caller builds models from, as `f.column, …`; all by default), and only those are carried through
 * the per-code scans and the sort; `key` is the sort position a cursor carries.
 */
export function feedPageSql(afterCursor: boolean, limit: number, columns = 'f.*'): string {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new Error(`feed page limit ${limit}`);
  const keyset = afterCursor
    ? `AND (${HOURLY}, t.slots_remaining, t.created_at, t.id) < ($2::bigint, $3::int, $4::timestamptz, $5::uuid)`
    : '';
  return `SELECT ${columns}, f.hourly || '|' || f.slots_remaining || '|' ||
      to_char(f.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS key
    FROM ${contractorSource('$1::uuid')} c
    CROSS JOIN LATERAL unnest(c.groups) AS g(code)
    CROSS JOIN LATERAL (
      SELECT ${innerColumns(columns)}, ${HOURLY} AS hourly FROM tasks t
      WHERE t.profession_code = g.code AND t.status = 'OPEN' AND t.slots_remaining > 0
        AND ${eligiblePredicate('$1::uuid')} ${keyset}
      ORDER BY ${ORDER} LIMIT ${limit}) f
    ORDER BY f.hourly DESC, f.slots_remaining DESC, f.created_at DESC, f.id DESC LIMIT ${limit}`;
}

/** How many tasks the feed holds for contractor $1 (only when a client asks for totalCount). */
export const FEED_COUNT_SQL = `SELECT count(*)::int AS n
  FROM tasks t CROSS JOIN ${contractorSource('$1::uuid')} c
  WHERE t.status = 'OPEN' AND t.slots_remaining > 0 AND ${eligiblePredicate('$1::uuid')}`;

/** The sort position in a cursor: "hourly|slots|created_at". */
export const FEED_CURSOR_KEY = /^(\d{1,18})\|(\d{1,6})\|(\d{4}-\d{2}-\d{2}T[0-9:.]+Z)$/;

/**
 * The per-code scan's columns: the caller's (`f.column`, maybe `AS` an alias) and what the order
 * and the key read.
 */
function innerColumns(columns: string): string {
  if (columns === 'f.*') return 't.*';
  const names = new Set(columns.split(',').map((c) => c.trim().replace(/^f\.(\w+).*$/s, '$1')));
  for (const key of ['id', 'slots_remaining', 'created_at']) names.add(key);
  return [...names].map((n) => `t.${n}`).join(', ');
}
