import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../src/core/database/free-port';
import {
  adminRole,
  alive,
  gql,
  healthOf,
  postmasterPid,
  Running,
  runToExit,
  startApp,
  stopApp,
  stopLeftoverPostgres,
  waitHealthy,
} from './app-process';

/**
 * `npm start` as users run it: the built app with no DATABASE_URL and no Stripe key, so it starts
 * its own embedded PostgreSQL and the Stripe emulator. One data directory goes through a cold
 * start, a restart (money keeps flowing for an organisation that already paid), a refused second
 * instance and a restart after SIGKILL left PostgreSQL running.
 */
const REQUESTER = { email: 'ada@lab.example', password: 'correct-horse-battery' };
const TASK_INPUT = {
  title: 'Real customer support replies',
  instructions: 'Paste one reply you wrote to a customer last month.',
  professionCode: '43-4051',
  artifactKind: 'SUPPORT_REPLY',
  tier: 'STANDARD',
  currency: 'USD',
  slots: 1,
  consentTermsVersion: '2026-11',
  purposes: ['model-training'],
  retentionDays: 365,
};

/** Creates a task for the requester and funds it with the test card; the funding's status. */
async function fundNewTask(port: number, token: string): Promise<unknown> {
  const created = await gql<{ createTask: { id: string } }>(
    port,
    `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
    { input: TASK_INPUT },
    token,
  );
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const funded = await gql<{ fundTask: { status: string; failureReason: string | null } }>(
    port,
    `mutation($id: ID!) { fundTask(taskId: $id, paymentMethod: "pm_card_visa") { status failureReason } }`,
    { id: created.data.createTask.id },
    token,
  );
  return funded.data?.fundTask ?? funded.errors;
}

async function requesterToken(port: number, register: boolean): Promise<string> {
  const r = register
    ? await gql(port, `mutation($input: RegisterInput!) { register(input: $input) { token } }`, {
        input: { ...REQUESTER, displayName: 'Ada', role: 'REQUESTER', organizationName: 'Lab One' },
      })
    : await gql(port, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
        e: REQUESTER.email,
        p: REQUESTER.password,
      });
  const token = (r.data as Record<string, { token: string }> | undefined)?.[register ? 'register' : 'login']
    ?.token;
  if (!token) throw new Error(JSON.stringify(r.errors));
  return token;
}

describe('npm start (built app, embedded PostgreSQL, Stripe emulator)', () => {
  let dataDir: string;
  let current: Running | undefined;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'fairsample-start-'));
    chmodSync(dataDir, 0o755);
  });
  afterAll(async () => {
    await stopApp(current);
    stopLeftoverPostgres(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts cold, connects as a non-superuser with generated passwords, funds a task, writes schema.gql as committed, stops on SIGTERM', async () => {
    current = start();
    const ms = await waitHealthy(current);
    process.stdout.write(`cold start to healthy: ${ms} ms\n`);
    expect(await adminRole(current.port)).toBe('ADMIN');
    expect(await fundNewTask(current.port, await requesterToken(current.port, true))).toEqual({
      status: 'SUCCEEDED',
      failureReason: null,
    });
    expect(readFileSync(join(dataDir, 'schema.gql'))).toEqual(
      readFileSync(join(__dirname, '..', '..', 'schema.gql')),
    );

    const credentialsFile = join(dataDir, 'postgres-credentials.json');
    expect(statSync(credentialsFile).mode & 0o777).toBe(0o600);
    const credentials = JSON.parse(readFileSync(credentialsFile, 'utf8')) as { app: string };
    const pgPort = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
    const app = new Client({
      connectionString: `postgres://fairsample:${credentials.app}@127.0.0.1:${pgPort}/fairsample`,
    });
    await app.connect();
    try {
      const [role] = (
        await app.query<{ rolsuper: boolean; rolcreaterole: boolean }>(
          `SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user`,
        )
      ).rows;
      expect(role).toEqual({ rolsuper: false, rolcreaterole: false });
      const [owned] = (
        await app.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tableowner <> current_user`,
        )
      ).rows;
      expect(owned.n).toBe(0);
    } finally {
      await app.end();
    }
    const legacy = new Client({
      connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/postgres`,
    });
    await expect(legacy.connect()).rejects.toThrow(/password authentication failed/);

    const pid = postmasterPid(dataDir)!;
    current.child.kill('SIGTERM');
    expect(await current.exited).toBe(0);
    expect(alive(pid)).toBe(false);
    expect(current.output()).toContain('SIGTERM received');
  });

  it('restarts on the same data directory and funds again for the organisation that already paid', async () => {
    current = start();
    const ms = await waitHealthy(current);
    process.stdout.write(`warm start to healthy: ${ms} ms\n`);
    expect(await adminRole(current.port)).toBe('ADMIN');
    expect(await fundNewTask(current.port, await requesterToken(current.port, false))).toEqual({
      status: 'SUCCEEDED',
      failureReason: null,
    });
  });

  it('refuses a second instance on the busy data directory in one line, and the first keeps serving', async () => {
    const pid = postmasterPid(dataDir)!;
    const second = start();
    expect(await runToExit(second)).toBe(75);
    expect(second.output().trim().split('\n')).toEqual([
      expect.stringMatching(
        /^Fairsample cannot start: .* is in use by another Fairsample instance \(pid \d+\)/,
      ),
    ]);
    expect(await healthOf(current!.port)).toBe(200);
    expect(postmasterPid(dataDir)).toBe(pid);
    expect(alive(pid)).toBe(true);
  });

  it('restarts after SIGKILL left PostgreSQL running', async () => {
    const orphan = postmasterPid(dataDir)!;
    current!.child.kill('SIGKILL');
    await current!.exited;
    expect(alive(orphan)).toBe(true); // the kill gave node no chance to stop it
    current = start();
    await waitHealthy(current);
    expect(await adminRole(current.port)).toBe('ADMIN');
    expect(alive(orphan)).toBe(false);
    current.child.kill('SIGINT');
    expect(await current.exited).toBe(0);
  });

  let nextPort = 0;
  function start(env: Record<string, string> = {}): Running {
    return startApp(dataDir, nextPort, env);
  }
  beforeEach(async () => {
    nextPort = await freePort();
  });
});

describe('starts refused before anything is touched', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fairsample-refused-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('production without a Stripe key exits 78 unless the emulator is chosen on purpose', async () => {
    const dataDir = join(dir, 'data');
    const run = startApp(dataDir, await freePort(), {
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-that-is-long-enough-0123',
    });
    expect(await runToExit(run)).toBe(78);
    expect(run.output()).toMatch(
      /STRIPE_SECRET_KEY is required when NODE_ENV=production.*PAYMENTS_PROCESSOR=emulator/,
    );
    expect(existsSync(join(dataDir, 'pg'))).toBe(false);
  });

  it('as root, a data directory PostgreSQL cannot reach stops with one line saying what to do', async () => {
    const privateDir = join(dir, 'home');
    mkdirSync(privateDir, { mode: 0o700 });
    chmodSync(dir, 0o755);
    const run = startApp(join(privateDir, 'clone', '.data'), await freePort());
    if (process.getuid?.() === 0) {
      expect(await runToExit(run)).toBe(77);
      expect(run.output().trim().split('\n')).toEqual([
        `Fairsample cannot start: running as root, the embedded PostgreSQL runs as user "postgres", which cannot enter ${privateDir}: ` +
          `run as a non-root user, or allow it in (chmod o+x ${privateDir}), or set DATABASE_URL`,
      ]);
      expect(existsSync(join(privateDir, 'clone', '.data', 'pg'))).toBe(false);
    } else {
      // Not root: PostgreSQL runs as this user, who can enter its own private directory.
      try {
        await waitHealthy(run);
        expect(await healthOf(run.port)).toBe(200);
      } finally {
        await stopApp(run);
      }
    }
  });
});

describe('the build (dist/)', () => {
  it('holds no test code: no specs, no test harness, nothing importing test/ or Jest', () => {
    const dist = join(__dirname, '..', '..', 'dist');
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(files).toContain(join('src', 'main.js'));
    expect(files.filter((f) => /\.spec\.js$|(^|\/)(testing|test)\//.test(f))).toEqual([]);
    const importingTests = files.filter((f) =>
      /require\("(\.\.\/)+test\/|@jest\/|require\("jest/.test(readFileSync(join(dist, f), 'utf8')),
    );
    expect(importingTests).toEqual([]);
  });
});
