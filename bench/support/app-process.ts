/**
 * Starting the apps a benchmark loads, each in its own process, and the setup calls made to them
 * (plain `node:http`: only the load loop needs to be cheap).
 */
import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/core/database/free-port';

/** Up to 16 keep-alive connections: enough for graphql-api's 16 concurrent clients. */
const agent = new Agent({ keepAlive: true, maxSockets: 16 });

/** The secret the built app signs tokens with in benchmarks (benchmarks sign their own tokens too). */
export const BENCH_JWT_SECRET = 'bench-secret-0123456789-0123456789-0123';

export interface RunningApp {
  port: number;
  pid: number;
  /** The app's DATA_DIR; its embedded PostgreSQL (when it starts one) keeps its data in `pg/`. */
  dataDir?: string;
  stop(): Promise<void>;
}

export function post(
  port: number,
  body: string,
  token?: string,
  path = '/graphql',
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function gql<T = unknown>(
  port: number,
  query: string,
  variables: object,
  token?: string,
): Promise<T> {
  const r = await post(port, JSON.stringify({ query, variables }), token);
  const json = JSON.parse(r.text) as { data?: T; errors?: unknown[] };
  if (json.errors) throw new Error(`${query.slice(0, 40)}: ${JSON.stringify(json.errors)}`);
  return json.data as T;
}

/** Resolves once `ready` answers true; rejects if the child exits or a minute passes. */
async function waitUntil(child: ChildProcess, ready: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode}`);
    if (await ready().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('not ready after 60 s');
}

const healthy = (port: number) =>
  new Promise<boolean>((resolve) => {
    request({ host: '127.0.0.1', port, path: '/health' }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    })
      .on('error', () => resolve(false))
      .end();
  });

function stopper(child: ChildProcess, cleanup: () => void): () => Promise<void> {
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    cleanup();
  };
}

/**
 * The node flags production starts the app with, read from `npm start` (the Dockerfile repeats
 * them), so a benchmark measures the process as deployed.
 */
export function productionNodeArgs(): string[] {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const match = /\bnode((?:\s+--\S+)*)\s+dist\/src\/main\.js/.exec(pkg.scripts.start);
  if (!match) throw new Error(`cannot read the node flags of "npm start": ${pkg.scripts.start}`);
  return match[1].split(/\s+/).filter(Boolean);
}

/**
 * The built app (dist/src/main.js) with its embedded PostgreSQL and Stripe emulator in a fresh
 * data directory, started with production's node flags. `env` adds to or overrides the defaults
 * (NODE_ENV=test, LOG_LEVEL=warn; a DATABASE_URL makes it use that database instead); `nodeArgs`
 * go to node itself after those (e.g. `--cpu-prof`).
 */
export async function startBuiltApp(
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fairsample-bench-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [...productionNodeArgs(), ...nodeArgs, join(__dirname, '..', '..', 'dist', 'src', 'main.js')],
    {
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'test',
        JWT_SECRET: BENCH_JWT_SECRET,
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const stop = stopper(child, () => rmSync(dataDir, { recursive: true, force: true }));
  try {
    await waitUntil(child, () => healthy(port));
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, pid: child.pid!, dataDir, stop };
}

/** A TypeScript entry point (run with ts-node, transpile only) that listens on env PORT. */
export async function startScript(file: string, env: Record<string, string> = {}): Promise<RunningApp> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', file], {
    env: { ...process.env, PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = stopper(child, () => undefined);
  try {
    await waitUntil(child, async () => (await post(port, '{"query":"{__typename}"}')).status === 200);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, pid: child.pid!, stop };
}

/** A requester with `tasks` draft tasks (for `purpose`); returns its bearer token. */
export async function seedRequester(
  port: number,
  tasks: number,
  purpose = 'model-training',
): Promise<string> {
  const reg = await gql<{ register: { token: string } }>(
    port,
    `mutation($i: RegisterInput!) { register(input: $i) { token } }`,
    {
      i: {
        email: 'bench@example.com',
        password: 'bench-password-123',
        displayName: 'Bench',
        role: 'REQUESTER',
        organizationName: 'Bench Lab',
      },
    },
  );
  const token = reg.register.token;
  for (let i = 0; i < tasks; i++)
    await gql(
      port,
      `mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }`,
      {
        i: {
          title: `Task ${i}`,
          instructions: 'Paste a reply you wrote.',
          professionCode: '43-4051',
          artifactKind: 'SUPPORT_REPLY',
          tier: 'STANDARD',
          currency: 'USD',
          slots: 10,
          consentTermsVersion: '2026-11',
          purposes: [purpose],
          retentionDays: 365,
        },
      },
      token,
    );
  return token;
}

/** The operations both benchmarks load, as request bodies. */
export const OPERATIONS = {
  me: JSON.stringify({ query: '{ me { id email role } }' }),
  rateQuote: JSON.stringify({
    query: `{ rateQuote(professionCode: "43-4051", artifactKind: SUPPORT_REPLY, tier: STANDARD, currency: "USD") {
          pricePerSample { amountMinor } requesterCost { amountMinor } rateTableVersion } }`,
  }),
  tasksPage: JSON.stringify({
    query: `{ tasks(first: 20) { totalCount edges { cursor node { id title status budget { amountMinor } escrowBalance { amountMinor } } } } }`,
  }),
};

export const closeAgent = () => agent.destroy();
