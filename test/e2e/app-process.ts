import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The built app (dist/, made by `pretest`), run as `npm start` runs it, in a child process. */
export const MAIN = join(__dirname, '..', '..', 'dist', 'src', 'main.js');
export const ADMIN = { email: 'boot@fairsample.test', password: 'boot-password-123' };

export interface Running {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

export function startApp(dataDir: string, port: number, env: Record<string, string> = {}): Running {
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
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, port, output: () => out, exited };
}

/** Resolves with how long it took; rejects if the app exits or is not healthy in time. */
export async function waitHealthy(r: Running, timeoutMs = 60_000): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (r.child.exitCode !== null) throw new Error(`app exited with ${r.child.exitCode}:\n${r.output()}`);
    if ((await healthOf(r.port)) === 200) return Date.now() - t0;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error(`not healthy after ${timeoutMs} ms:\n${r.output()}`);
}

export async function healthOf(port: number): Promise<number | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(5000) });
    return res.status;
  } catch {
    return null; // not listening
  }
}

/** Exit code and output of a run expected to stop on its own, killed if it takes over `timeoutMs`. */
export async function runToExit(r: Running, timeoutMs = 30_000): Promise<number | null> {
  const timer = setTimeout(() => r.child.kill('SIGKILL'), timeoutMs);
  try {
    return await r.exited;
  } finally {
    clearTimeout(timer);
  }
}

export async function stopApp(r: Running | undefined): Promise<void> {
  if (!r || r.child.exitCode !== null || r.child.signalCode !== null) return;
  r.child.kill('SIGTERM');
  const timer = setTimeout(() => r.child.kill('SIGKILL'), 20_000);
  await r.exited;
  clearTimeout(timer);
}

export async function gql<T = any>(
  port: number,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: { message: string }[] };
}

export async function adminRole(port: number): Promise<string> {
  const body = await gql<{ login: { user: { role: string } } }>(
    port,
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { role } } }`,
    { e: ADMIN.email, p: ADMIN.password },
  );
  return body.data?.login.user.role ?? JSON.stringify(body);
}

export const postmasterPid = (dataDir: string): number | undefined => {
  const file = join(dataDir, 'pg', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
};

export const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Stops a PostgreSQL a failed test may have left running on `dataDir`. */
export function stopLeftoverPostgres(dataDir: string): void {
  const pid = postmasterPid(dataDir);
  if (pid && alive(pid)) process.kill(pid, 'SIGINT');
}
