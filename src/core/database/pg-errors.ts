import { QueryFailedError } from 'typeorm';

/** PostgreSQL error codes the application reacts to. */
export const PgCode = {
  UNIQUE_VIOLATION: '23505',
  CHECK_VIOLATION: '23514',
  SERIALIZATION_FAILURE: '40001',
} as const;

/**
 * The one place a PostgreSQL error is recognised: true when `error` is a failed query with this
 * code (and, when given, on this constraint).
 */
export function isPgError(error: unknown, code: string, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const pg = error.driverError as { code?: string; constraint?: string };
  return pg.code === code && (constraint === undefined || pg.constraint === constraint);
}
