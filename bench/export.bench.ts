/**
 * The streamed export in bounded memory: 100 000 accepted samples (about 1 KB of redacted text
 * each) inserted directly by SQL, then `GET /exports/tasks/:id.jsonl` read over loopback HTTP from
 * the built app (dist/) in its own process. Reports samples/s and the server's peak RSS (VmHWM of
 * VmRSS of its process sampled every 20 ms while the export runs; the boot's own high-water mark,
 * migrations included, is reported beside it). Target: the export adds under 150 MB to the idle
 * server's resident set whatever its size, i.e. the server never holds the set in memory. (The
 * idle app alone is about 150 MB; without a heap cap V8 defers collecting the batches' garbage,
 * so the growth seen is mostly uncollected garbage — with NODE_OPTIONS=--max-old-space-size=80
 * the same export adds under 10 MB.)
 */
import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/core/database/embedded-postgres';
import { freePort } from '../src/core/database/free-port';

const SAMPLES = Number(process.env.BENCH_EXPORT_SAMPLES ?? 100_000);
const CONTRACTORS = 1000;
/** What streaming may add to the idle server's resident set, however many samples. */
const TARGET_EXPORT_RSS_GROWTH_MB = 150;

function call(
  port: number,
  method: string,
  path: string,
  body?: string,
  token?: string,
  onData?: (chunk: Buffer) => void,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method,
        headers: {
          ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (onData ? onData(c) : (text += c.toString('utf8'))));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function gql<T>(port: number, query: string, variables: object, token?: string): Promise<T> {
  const r = await call(port, 'POST', '/graphql', JSON.stringify({ query, variables }), token);
  const json = JSON.parse(r.text) as { data?: T; errors?: unknown[] };
  if (json.errors) throw new Error(`${query.slice(0, 40)}: ${JSON.stringify(json.errors)}`);
  if (json.data === undefined) throw new Error(`${query.slice(0, 40)}: no data`);
  return json.data;
}

async function waitHealthy(port: number, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}`);
    const r = await call(port, 'GET', '/health').catch(() => ({ status: 0 }));
    if (r.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('app not healthy after 60 s');
}

/** Resident set of a process now (Linux), in MB. */
const rssMb = (pid: number): number =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/** Peak resident set of a process since it started, boot included (Linux), in MB. */
const peakRssMb = (pid: number): number =>
  Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

async function seed(url: string, taskId: string): Promise<void> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO users (email, password_hash, display_name, role)
       SELECT 'bench-c' || i || '@example.com', 'not-a-hash', 'Bench contractor', 'CONTRACTOR'
       FROM generate_series(1, $1) i`,
      [CONTRACTORS],
    );
    await db.query(`
      CREATE TEMP TABLE bench_c AS
        SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM users WHERE role = 'CONTRACTOR'`);
    // Claims and accepted samples, in slices so no statement holds the whole set.
    const slice = 20_000;
    for (let from = 0; from < SAMPLES; from += slice) {
      await db.query(
        `WITH c AS (
           INSERT INTO claims (task_id, contractor_id, status, claimed_at, expires_at)
           SELECT $1, bc.id, 'SUBMITTED', now() - interval '2 hours', now() + interval '1 hour'
           FROM generate_series($2::int, $3::int) i JOIN bench_c bc ON bc.n = i % $4
           RETURNING id, contractor_id)
         INSERT INTO submissions (claim_id, task_id, organization_id, contractor_id, version, status, content,
           redacted_content, pii_findings, pii_types, scanner_version, holds_right_to_share, own_work,
           consent_terms_version, consent_purposes, consent_retention_days, consent_given_at, price_minor,
           fee_minor, currency, rate_table_id, rate_table_version, minutes_to_first_submission, submitted_at,
           review_due_at, reviewed_at)
         SELECT c.id, t.id, t.organization_id, c.contractor_id, 1, 'ACCEPTED', r.text, r.text, '[]', '{}',
           'bench', true, true, t.consent_terms_version, t.purposes, t.retention_days, now() - interval '1 day',
           t.price_per_sample, t.platform_fee, t.currency, t.rate_table_id, t.rate_table_version, 30,
           now() - interval '1 hour', now() + interval '1 day', now()
         FROM c CROSS JOIN tasks t
           CROSS JOIN LATERAL (SELECT repeat('Thanks for reaching out about the delayed shipment; ', 19)
             || c.id::text AS text) r
         WHERE t.id = $1`,
        [taskId, from, Math.min(from + slice, SAMPLES) - 1, CONTRACTORS],
      );
    }
    await db.query('ANALYZE submissions');
  } finally {
    await db.end();
  }
}

async function main(): Promise<number> {
  const home = mkdtempSync(join(tmpdir(), 'fairsample-bench-export-'));
  chmodSync(home, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: join(home, 'pg'), persistent: false });
  console.error('export bench: PostgreSQL up; starting the app');
  const port = await freePort();
  const child = spawn(process.execPath, [join(__dirname, '..', 'dist', 'src', 'main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: join(home, 'app'),
      DATABASE_URL: pg.url,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      JWT_SECRET: 'bench-secret-0123456789-0123456789-0123',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stopAll = () => {
    child.kill('SIGTERM');
    void pg.stop().finally(() => process.exit(1));
  };
  process.once('SIGTERM', stopAll).once('SIGINT', stopAll);
  try {
    await waitHealthy(port, child);
    console.error(`export bench: app up on ${port}; seeding ${SAMPLES} samples`);
    const reg = await gql<{ register: { token: string } }>(
      port,
      `mutation($i: RegisterInput!) { register(input: $i) { token } }`,
      {
        i: {
          email: 'bench-export@example.com',
          password: 'bench-password-123',
          displayName: 'Bench',
          role: 'REQUESTER',
          organizationName: 'Bench Export Lab',
        },
      },
    );
    const token = reg.register.token;
    const task = await gql<{ createTask: { id: string } }>(
      port,
      `mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }`,
      {
        i: {
          title: 'Export bench',
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
    const taskId = task.createTask.id;
    const s0 = performance.now();
    await seed(pg.url, taskId);
    const seedSeconds = (performance.now() - s0) / 1000;
    const rssBeforeMb = rssMb(child.pid!);
    console.error(`export bench: seeded in ${seedSeconds.toFixed(1)} s; exporting`);

    // The resident set sampled while the export runs: what streaming costs, without the boot's peak.
    let peakDuring = 0;
    const sampler = setInterval(() => (peakDuring = Math.max(peakDuring, rssMb(child.pid!))), 20);
    let lines = 0;
    let bytes = 0;
    const t0 = performance.now();
    const res = await call(port, 'GET', `/exports/tasks/${taskId}.jsonl`, undefined, token, (chunk) => {
      bytes += chunk.length;
      for (const b of chunk) if (b === 10) lines++;
    });
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    const peak = Math.max(peakDuring, rssMb(child.pid!));
    const hwm = peakRssMb(child.pid!);
    const failures: string[] = [];
    if (res.status !== 200) failures.push(`status ${res.status}`);
    if (lines !== SAMPLES) failures.push(`${lines} lines, expected ${SAMPLES}`);
    if (peak - rssBeforeMb >= TARGET_EXPORT_RSS_GROWTH_MB)
      failures.push(`RSS grew ${(peak - rssBeforeMb).toFixed(1)} MB >= ${TARGET_EXPORT_RSS_GROWTH_MB}`);
    console.log(
      JSON.stringify({
        bench: 'export',
        samples: lines,
        megabytes: Math.round(bytes / 1e5) / 10,
        seconds: Math.round(seconds * 100) / 100,
        samplesPerSecond: Math.round(lines / seconds),
        serverPeakRssMb: Math.round(peak * 10) / 10,
        serverRssBeforeExportMb: Math.round(rssBeforeMb * 10) / 10,
        serverHighWaterMarkSinceBootMb: Math.round(hwm * 10) / 10,
        seedSeconds: Math.round(seedSeconds * 10) / 10,
        serverRssGrowthMb: Math.round((peak - rssBeforeMb) * 10) / 10,
        target: { rssGrowthMb: TARGET_EXPORT_RSS_GROWTH_MB },
        ok: failures.length === 0,
        failures,
      }),
    );
    return failures.length === 0 ? 0 : 1;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await pg.stop();
    rmSync(home, { recursive: true, force: true });
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
