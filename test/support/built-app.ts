import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../src/core/database/free-port';
import { TEMPLATE_DB, withDatabase } from '../setup/db-url';

const MAIN = join(__dirname, '..', '..', 'dist', 'src', 'main.js');

export interface BuiltApp {
  port: number;
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * The built app (dist/, `npx nest build` first) as a child process, on a free port, with its own
 * clone of the migrated template database on the test PostgreSQL (no embedded PostgreSQL of its
 * own: cheaper than a cold start, which test/e2e/startup.e2e-spec.ts covers) and the in-process
 * Stripe emulator.
 */
export async function startBuiltApp(env: Record<string, string> = {}): Promise<BuiltApp> {
  const serverUrl = process.env.TEST_PG_SERVER_URL!;
  const dbName = `e2e_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName} TEMPLATE ${TEMPLATE_DB}`);
  await admin.end();
  const dataDir = mkdtempSync(join(tmpdir(), 'fairsample-e2e-'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: withDatabase(serverUrl, dbName),
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      SCHEMA_FILE: join(dataDir, 'schema.gql'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
    const c = new Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await c.end();
  };
  const t0 = Date.now();
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`app exited with ${child.exitCode}:\n${out}`);
    }
    try {
      if ((await fetch(`${url}/health`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - t0 > 60_000) {
      await stop();
      throw new Error(`not healthy after 60 s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, url, output: () => out, stop };
}
