import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/core/database/free-port';

/**
 * `npm start` as users run it: the built app (dist/, made by `pretest`) with no DATABASE_URL,
 * so it starts its own embedded PostgreSQL. Covers a cold start, a restart on the existing data
 * directory, and a restart after SIGKILL left PostgreSQL running.
 */
const MAIN = join(__dirname, '..', '..', 'dist', 'src', 'main.js');
const ADMIN = { email: 'boot@fairsample.test', password: 'boot-password-123' };

interface Running {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

function start(dataDir: string, port: number): Running {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      DATA_DIR: dataDir,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'info',
      NODE_ENV: 'development',
      SCHEMA_FILE: join(dataDir, 'schema.gql'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, port, output: () => out, exited };
}

async function waitHealthy(r: Running, timeoutMs = 60_000): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (r.child.exitCode !== null) throw new Error(`app exited with ${r.child.exitCode}:\n${r.output()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${r.port}/health`);
      if (res.status === 200 && ((await res.json()) as { status: string }).status === 'ok')
        return Date.now() - t0;
    } catch {
      // not listening yet
    }
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error(`not healthy after ${timeoutMs} ms:\n${r.output()}`);
}

async function adminLogin(port: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { role } } }`,
      variables: { e: ADMIN.email, p: ADMIN.password },
    }),
  });
  const body = (await res.json()) as { data?: { login: { user: { role: string } } } };
  return body.data?.login.user.role ?? JSON.stringify(body);
}

const postmasterPid = (dataDir: string) => {
  const file = join(dataDir, 'pg', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
};
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start (built app, embedded PostgreSQL)', () => {
  let dataDir: string;
  let current: Running | undefined;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'fairsample-start-'));
    chmodSync(dataDir, 0o755);
  });
  afterAll(async () => {
    if (current && current.child.exitCode === null) {
      current.child.kill('SIGTERM');
      await current.exited;
    }
    const pid = postmasterPid(dataDir);
    if (pid && alive(pid)) process.kill(pid, 'SIGINT');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts cold, serves /health and the bootstrap admin, and stops PostgreSQL on SIGTERM', async () => {
    current = start(dataDir, await freePort());
    const ms = await waitHealthy(current);
    process.stdout.write(`cold start to healthy: ${ms} ms\n`);
    expect(await adminLogin(current.port)).toBe('ADMIN');
    const pid = postmasterPid(dataDir)!;
    expect(alive(pid)).toBe(true);
    current.child.kill('SIGTERM');
    expect(await current.exited).toBe(0);
    expect(alive(pid)).toBe(false);
    expect(current.output()).toContain('SIGTERM received');
  });

  it('restarts on the existing data directory', async () => {
    current = start(dataDir, await freePort());
    const ms = await waitHealthy(current);
    process.stdout.write(`warm start to healthy: ${ms} ms\n`);
    expect(await adminLogin(current.port)).toBe('ADMIN');
  });

  it('restarts after SIGKILL left PostgreSQL running', async () => {
    const orphan = postmasterPid(dataDir)!;
    current!.child.kill('SIGKILL');
    await current!.exited;
    expect(alive(orphan)).toBe(true); // the kill gave node no chance to stop it
    current = start(dataDir, await freePort());
    await waitHealthy(current);
    expect(await adminLogin(current.port)).toBe('ADMIN');
    expect(alive(orphan)).toBe(false);
    current.child.kill('SIGINT');
    expect(await current.exited).toBe(0);
  });
});
