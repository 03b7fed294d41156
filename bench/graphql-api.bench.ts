/**
 * Throughput and latency of the GraphQL API as a client sees it: the built app (dist/, made by
 * `npm run bench`) in its own process with its embedded PostgreSQL and Stripe emulator, loaded
 * over loopback HTTP with keep-alive by this process. Three operations: `me` (token check + one
 * primary-key read), `rateQuote` (SOC fallback lookup in the current rate table) and
 * `tasks(first: 20)` over 200 tasks (count, keyset page, escrow balances in one query).
 */
import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '../src/core/database/free-port';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000);
const CONCURRENCY = 16;
const TARGETS: Record<string, { rps: number; p99Ms: number }> = {
  me: { rps: 800, p99Ms: 60 },
  rateQuote: { rps: 500, p99Ms: 80 },
  tasksPage: { rps: 150, p99Ms: 250 },
};

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function post(port: number, body: string, token?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
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

async function gql(port: number, query: string, variables: object, token?: string): Promise<any> {
  const r = await post(port, JSON.stringify({ query, variables }), token);
  const json = JSON.parse(r.text) as { data?: any; errors?: unknown[] };
  if (json.errors) throw new Error(`${query.slice(0, 40)}: ${JSON.stringify(json.errors)}`);
  return json.data;
}

async function load(port: number, body: string, token: string) {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + DURATION_MS;
  const worker = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      const r = await post(port, body, token);
      latencies.push(performance.now() - t0);
      if (r.status !== 200 || r.text.includes('"errors"')) errors++;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
  return {
    requests: latencies.length,
    rps: Math.round(latencies.length / seconds),
    p50Ms: Math.round(pct(0.5) * 100) / 100,
    p99Ms: Math.round(pct(0.99) * 100) / 100,
    errors,
  };
}

async function waitHealthy(port: number, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}`);
    try {
      const ok = await new Promise<boolean>((resolve) => {
        request({ host: '127.0.0.1', port, path: '/health' }, (res) => {
          res.resume();
          resolve(res.statusCode === 200);
        })
          .on('error', () => resolve(false))
          .end();
      });
      if (ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('app not healthy after 60 s');
}

async function main(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fairsample-bench-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const child = spawn(process.execPath, [join(__dirname, '..', 'dist', 'src', 'main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      JWT_SECRET: 'bench-secret-0123456789-0123456789-0123',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitHealthy(port, child);
    const reg = await gql(port, `mutation($i: RegisterInput!) { register(input: $i) { token } }`, {
      i: {
        email: 'bench@example.com',
        password: 'bench-password-123',
        displayName: 'Bench',
        role: 'REQUESTER',
        organizationName: 'Bench Lab',
      },
    });
    const token = reg.register.token as string;
    for (let i = 0; i < 200; i++)
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
            purposes: ['model-training'],
            retentionDays: 365,
          },
        },
        token,
      );
    const bodies: Record<string, string> = {
      me: JSON.stringify({ query: '{ me { id email role } }' }),
      rateQuote: JSON.stringify({
        query: `{ rateQuote(professionCode: "43-4051", artifactKind: SUPPORT_REPLY, tier: STANDARD, currency: "USD") {
          pricePerSample { amountMinor } requesterCost { amountMinor } rateTableVersion } }`,
      }),
      tasksPage: JSON.stringify({
        query: `{ tasks(first: 20) { totalCount edges { cursor node { id title status budget { amountMinor } escrowBalance { amountMinor } } } } }`,
      }),
    };
    const results: Record<string, Awaited<ReturnType<typeof load>>> = {};
    const failures: string[] = [];
    for (const [name, body] of Object.entries(bodies)) {
      await load(port, body, token); // warm-up (JIT, connection pool, caches)
      results[name] = await load(port, body, token);
      const r = results[name];
      const target = TARGETS[name];
      if (r.errors > 0) failures.push(`${name}: ${r.errors} errors`);
      if (r.rps < target.rps) failures.push(`${name}: ${r.rps} req/s < ${target.rps}`);
      if (r.p99Ms > target.p99Ms) failures.push(`${name}: p99 ${r.p99Ms} ms > ${target.p99Ms}`);
    }
    console.log(
      JSON.stringify({
        bench: 'graphql-api',
        concurrency: CONCURRENCY,
        durationMs: DURATION_MS,
        results,
        targets: TARGETS,
        ok: failures.length === 0,
        failures,
      }),
    );
    return failures.length === 0 ? 0 : 1;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    agent.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module)
  main().then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
