/**
 * The embedded cluster's accounts: a superuser with a generated password (administration only)
 * and the app's own role, which is not a superuser and owns the `fairsample` database and
 * everything in it (so migrations, `CREATE EXTENSION pgcrypto` — a trusted extension — and
 * pg-boss's `pgboss` schema work as that role). Data directories from earlier versions (the app's
 * tables in database `postgres`, superuser `postgres`/`postgres`) are converted on their first
 * start: the database is renamed and everything in it handed to the app role.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Client } from 'pg';
import { StartRefusal } from './start-refusal';

export const SUPERUSER = 'postgres';
export const APP_ROLE = 'fairsample';
export const APP_DATABASE = 'fairsample';
/** What versions before generated passwords initialised clusters with. */
const LEGACY_PASSWORD = 'postgres';

export interface Credentials {
  superuser: string;
  app: string;
}

/** The passwords kept in `file` (0600), generated on first use. */
export function credentialsIn(file: string): Credentials {
  if (existsSync(file)) {
    chmodSync(file, 0o600);
    return JSON.parse(readFileSync(file, 'utf8')) as Credentials;
  }
  const credentials = { superuser: randomBytes(24).toString('hex'), app: randomBytes(24).toString('hex') };
  writeFileSync(file, JSON.stringify(credentials, null, 2) + '\n', { mode: 0o600 });
  return credentials;
}

export function urlOf(user: string, password: string, port: number, database: string): string {
  return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/** Makes the roles and the app database what they should be; idempotent, run at every start. */
export async function provision(
  port: number,
  credentials: Credentials,
  log: (l: string) => void,
): Promise<void> {
  const admin = await superuserClient(port, credentials, 'template1', log);
  try {
    const lit = (s: string) => admin.escapeLiteral(s);
    const role = await admin.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [APP_ROLE]);
    await admin.query(
      `${role.rowCount ? 'ALTER' : 'CREATE'} ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE ` +
        `PASSWORD ${lit(credentials.app)}`,
    );
    const databases = new Set(
      (await admin.query<{ datname: string }>(`SELECT datname FROM pg_database`)).rows.map((r) => r.datname),
    );
    if (!databases.has(APP_DATABASE)) {
      if (databases.has('postgres') && (await holdsAppTables(port, credentials, log))) {
        log(
          `moving the app's tables from database "postgres" to "${APP_DATABASE}", owned by role ${APP_ROLE}`,
        );
        await renameWhenFree(admin, 'postgres', APP_DATABASE);
        databases.delete('postgres');
      } else {
        await admin.query(`CREATE DATABASE ${APP_DATABASE} OWNER ${APP_ROLE}`);
      }
    }
    if (!databases.has('postgres')) await admin.query(`CREATE DATABASE postgres`);
    await admin.query(`ALTER DATABASE ${APP_DATABASE} OWNER TO ${APP_ROLE}`);
  } finally {
    await admin.end();
  }
  await handOverObjects(port, credentials, log);
}

/** The backend of a connection just closed may still be on its way out: wait for it (≤ 5 s). */
async function renameWhenFree(admin: Client, from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(`ALTER DATABASE ${from} RENAME TO ${to}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error; // object_in_use
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Connects as the superuser; a cluster still on the old fixed password gets the generated one. */
async function superuserClient(
  port: number,
  credentials: Credentials,
  database: string,
  log: (l: string) => void,
): Promise<Client> {
  const client = new Client({ connectionString: urlOf(SUPERUSER, credentials.superuser, port, database) });
  try {
    await client.connect();
    return client;
  } catch (error) {
    if ((error as { code?: string }).code !== '28P01') throw error; // invalid_password
  }
  const legacy = new Client({ connectionString: urlOf(SUPERUSER, LEGACY_PASSWORD, port, database) });
  try {
    await legacy.connect();
  } catch (error) {
    if ((error as { code?: string }).code !== '28P01') throw error;
    throw new StartRefusal(
      'the embedded PostgreSQL does not accept the password kept in postgres-credentials.json beside its ' +
        'data directory (was the file deleted or replaced?): put the right file back, or delete the ' +
        "data directory's pg/ folder to start over with an empty database",
      78,
    );
  }
  log("replacing the embedded superuser's fixed password with the generated one");
  await legacy.query(`ALTER ROLE ${SUPERUSER} PASSWORD ${legacy.escapeLiteral(credentials.superuser)}`);
  return legacy;
}

async function holdsAppTables(
  port: number,
  credentials: Credentials,
  log: (l: string) => void,
): Promise<boolean> {
  const client = await superuserClient(port, credentials, 'postgres', log);
  try {
    const r = await client.query<{ found: string | null }>(
      `SELECT to_regclass('public.migrations')::text AS found`,
    );
    return r.rows[0]?.found !== null;
  } finally {
    await client.end();
  }
}

/** Schemas, tables, views, sequences, routines and types outside the system schemas and not part of
 * an extension, not owned by the app role yet (a converted data directory's, owned by `postgres`). */
const FOREIGN_OWNED = `
  WITH app AS (SELECT oid FROM pg_roles WHERE rolname = '${APP_ROLE}'),
  ns AS (SELECT oid, nspname FROM pg_namespace
         WHERE nspname <> 'information_schema' AND nspname NOT LIKE 'pg\\_%')
  SELECT format('ALTER SCHEMA %I OWNER TO ${APP_ROLE}', nspname) AS stmt, 0 AS pass FROM pg_namespace
    WHERE oid IN (SELECT oid FROM ns) AND nspname <> 'public' AND nspowner <> (SELECT oid FROM app)
  UNION ALL
  SELECT format('ALTER %s %I.%I OWNER TO ${APP_ROLE}',
           CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                          WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
           n.nspname, c.relname),
         CASE c.relkind WHEN 'S' THEN 2 ELSE 1 END
    FROM pg_class c JOIN ns n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND c.relowner <> (SELECT oid FROM app)
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                      AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
  UNION ALL
  SELECT format('ALTER ROUTINE %s OWNER TO ${APP_ROLE}', p.oid::regprocedure), 3
    FROM pg_proc p JOIN ns n ON n.oid = p.pronamespace
    WHERE p.proowner <> (SELECT oid FROM app)
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                      AND d.objid = p.oid AND d.deptype = 'e')
  UNION ALL
  SELECT format('ALTER TYPE %s OWNER TO ${APP_ROLE}', t.oid::regtype), 4
    FROM pg_type t JOIN ns n ON n.oid = t.typnamespace
    WHERE t.typowner <> (SELECT oid FROM app) AND t.typtype IN ('e', 'd', 'r', 'm')
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                      AND d.objid = t.oid AND d.deptype = 'e')
  ORDER BY pass`;

async function handOverObjects(
  port: number,
  credentials: Credentials,
  log: (l: string) => void,
): Promise<void> {
  const client = await superuserClient(port, credentials, APP_DATABASE, log);
  try {
    const { rows } = await client.query<{ stmt: string }>(FOREIGN_OWNED);
    if (rows.length === 0) return;
    log(`handing ${rows.length} database objects over to role ${APP_ROLE}`);
    await client.query('BEGIN');
    for (const { stmt } of rows) await client.query(stmt);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
