import type { Pool, QueryResultRow } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Runs a read as a named prepared statement on the data source's pool (outside any transaction).
 * PostgreSQL parses and plans a named statement once per connection and, after five executions,
 * keeps a generic plan when it costs no more than the custom ones: for a hot query whose planning
 * costs as much as its execution (the contractor feed), that halves the database's work. `name`
 * must stand for exactly one `text` (pg refuses one name for two texts on a connection).
 * Failures are thrown as TypeORM's QueryFailedError, like every other query's.
 */
export async function preparedQuery<T extends QueryResultRow>(
  db: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const pool = (db.driver as PostgresDriver).master as Pool;
  try {
    return (await pool.query<T>({ name, text, values })).rows;
  } catch (error) {
    throw new QueryFailedError(text, values, error instanceof Error ? error : new Error(String(error)));
  }
}
