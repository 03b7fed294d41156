import type { Pool, QueryResultRow } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * A read straight on the pool under TypeORM, for hot loops that stream many rows (an export):
 * DataSource.query costs a query runner, broadcaster events and result wrapping per call, and
 * that per-call garbage lived long enough to be promoted, so a 100 000-row export grew the old
 * heap by about 1.5 KB a row; the pool's own query does not. Same connections, same type parsers;
 * not for writes (they belong in a TypeORM transaction).
 */
export async function rawRead<T extends QueryResultRow>(
  db: DataSource,
  text: string,
  params: unknown[],
): Promise<T[]> {
  const pool = (db.driver as PostgresDriver).master as Pool;
  return (await pool.query<T>(text, params)).rows;
}
