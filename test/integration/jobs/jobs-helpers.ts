import { Client } from 'pg';
import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../../src/core/config/app-config';
import { dataSourceOptions } from '../../../src/core/database/data-source-options';
import { JobsService } from '../../../src/core/jobs/jobs.service';
import { TEMPLATE_DB, withDatabase } from '../../setup/db-url';

/** A fresh database cloned from the migrated template (pg-boss schema included). */
export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_PG_SERVER_URL!;
  const name = `j_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  await admin.end();
  return {
    url: withDatabase(serverUrl, name),
    drop: async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** One "instance": a JobsService over its own DataSource, as the app builds it, without HTTP. */
export async function jobsInstance(url: string, env: Record<string, string> = {}) {
  if (!process.env.TEST_LOG_LEVEL) Logger.overrideLogger(false); // the failures below are expected
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789',
    JOBS_POLL_INTERVAL_MS: '500',
    JOBS_RETRY_DELAY_SECONDS: '0',
    ...env,
  });
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  const jobs = new JobsService(config, ds);
  return {
    jobs,
    ds,
    start: () => jobs.onApplicationBootstrap(),
    async stop() {
      await jobs.beforeApplicationShutdown();
      await ds.destroy();
    },
  };
}

export async function until<T>(
  probe: () => T | Promise<T>,
  done: (v: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (done(v)) return v;
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
