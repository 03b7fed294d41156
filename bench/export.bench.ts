/**
 * The streamed export in bounded memory: 100 000 accepted samples (about 1.5 KB of redacted text
 * each) inserted directly by SQL, then `GET /exports/tasks/:id.jsonl` read over loopback HTTP from
 * the built app (dist/, started by support/app-process.ts) in its own process, configured as in
 * production: PostgreSQL and the payment processor outside it (the bench starts the PostgreSQL;
 * nothing calls the processor during an export, so its URL points nowhere).
 *
 * Whose RSS: the app's Node process (its pid, /proc/<pid>/status), never the benchmark's or
 * PostgreSQL's. Its peak during the export is the kernel's own high-water mark (VmHWM), reset
 * just before the export (`echo 5 > /proc/<pid>/clear_refs`), cross-checked with VmRSS sampled
 * every 10 ms. Targets: that peak stays under 150 MB; and a second export whose client stops
 * reading for 3 s after its first megabyte grows the app by under 20 MB meanwhile (backpressure:
 * the server stops reading batches when the socket is full, it does not buffer the body).
 * The app runs with production's node flags (`npm start`); BENCH_NODE_ARGS adds more.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/core/database/embedded-postgres';
import { RunningApp, seedRequester, startBuiltApp } from './support/app-process';

const SAMPLES = Number(process.env.BENCH_EXPORT_SAMPLES ?? 100_000);
const CONTRACTORS = 1000;
/** Extra flags for the app's node (e.g. `--trace-gc`), to study where memory goes. */
const NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
/** The app process's resident set, at its peak during the export. */
const TARGET_PEAK_RSS_MB = 150;
/** What the app may grow by while its client reads nothing (the export is 145 MB). */
const PAUSED_GROWTH_MB = 20;

/**
 * A GET whose body is counted, not kept: what a client saving the export to disk does. With
 * `pauseMs`, the client stops reading for that long after its first megabyte (a slow consumer).
 */
function download(
  port: number,
  path: string,
  token: string,
  onData: (chunk: Buffer) => void,
  pause?: { ms: number; during: () => void },
) {
  return new Promise<number>((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers: { authorization: `Bearer ${token}` } }, (res) => {
      let received = 0;
      let paused = false;
      res.on('data', (chunk: Buffer) => {
        onData(chunk);
        received += chunk.length;
        if (pause && !paused && received >= 1024 * 1024) {
          paused = true;
          res.pause();
          const timer = setInterval(pause.during, 10);
          setTimeout(() => {
            clearInterval(timer);
            res.resume();
          }, pause.ms);
        }
      });
      res.on('end', () => resolve(res.statusCode ?? 0));
    })
      .on('error', reject)
      .end();
  });
}

/** A field of /proc/<pid>/status in MB (VmRSS: resident now; VmHWM: resident at its peak). */
const statusMb = (pid: number, field: 'VmRSS' | 'VmHWM'): number =>
  Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/** Resets the process's VmHWM to its current RSS (Linux ≥ 4.0); false when not permitted. */
function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

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
  let app: RunningApp | undefined;
  try {
    app = await startBuiltApp(
      {
        DATABASE_URL: pg.url,
        PAYMENTS_PROCESSOR: 'stripe',
        STRIPE_SECRET_KEY: 'sk_test_bench',
        STRIPE_WEBHOOK_SECRET: 'whsec_bench',
        STRIPE_API_URL: 'http://127.0.0.1:9',
      },
      NODE_ARGS,
    );
    const { port, pid } = app;
    console.error(`export bench: app up on ${port} (pid ${pid}); seeding ${SAMPLES} samples`);
    const token = await seedRequester(port, 1);
    const [{ id: taskId }] = await query<{ id: string }>(pg.url, `SELECT id FROM tasks`);
    const s0 = performance.now();
    await seed(pg.url, taskId);
    const seedSeconds = (performance.now() - s0) / 1000;
    const idleMb = statusMb(pid, 'VmRSS');
    console.error(`export bench: seeded in ${seedSeconds.toFixed(1)} s; exporting`);

    const exact = resetPeak(pid);
    let sampledPeak = 0;
    const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, statusMb(pid, 'VmRSS'))), 10);
    let lines = 0;
    let bytes = 0;
    const t0 = performance.now();
    const status = await download(port, `/exports/tasks/${taskId}.jsonl`, token, (chunk) => {
      bytes += chunk.length;
      for (const b of chunk) if (b === 10) lines++;
    });
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    sampledPeak = Math.max(sampledPeak, statusMb(pid, 'VmRSS'));
    const peak = exact ? Math.max(statusMb(pid, 'VmHWM'), sampledPeak) : sampledPeak;

    // Backpressure: a client that stops reading for 3 s. Were the server to read on regardless,
    // it would hold most of the export by then; it pauses once the socket's buffers are full.
    const pausedBefore = statusMb(pid, 'VmRSS');
    let pausedPeak = pausedBefore;
    let pausedLines = 0;
    const pausedStatus = await download(
      port,
      `/exports/tasks/${taskId}.jsonl`,
      token,
      (chunk) => {
        for (const b of chunk) if (b === 10) pausedLines++;
      },
      { ms: 3000, during: () => (pausedPeak = Math.max(pausedPeak, statusMb(pid, 'VmRSS'))) },
    );
    const failures: string[] = [];
    if (pausedStatus !== 200 || pausedLines !== SAMPLES)
      failures.push(`paused client: status ${pausedStatus}, ${pausedLines} lines`);
    if (pausedPeak - pausedBefore >= PAUSED_GROWTH_MB)
      failures.push(`the app grew ${(pausedPeak - pausedBefore).toFixed(1)} MB while the client paused`);
    if (status !== 200) failures.push(`status ${status}`);
    if (lines !== SAMPLES) failures.push(`${lines} lines, expected ${SAMPLES}`);
    if (peak >= TARGET_PEAK_RSS_MB)
      failures.push(`the app's peak RSS was ${peak.toFixed(1)} MB >= ${TARGET_PEAK_RSS_MB}`);
    console.log(
      JSON.stringify({
        bench: 'export',
        samples: lines,
        megabytes: Math.round(bytes / 1e5) / 10,
        seconds: Math.round(seconds * 100) / 100,
        samplesPerSecond: Math.round(lines / seconds),
        rssOf: `the app's node process (pid ${pid})`,
        appPeakRssDuringExportMb: Math.round(peak * 10) / 10,
        peakMeasuredBy: exact ? 'VmHWM reset before the export' : 'VmRSS sampled every 10 ms',
        appSampledPeakRssMb: Math.round(sampledPeak * 10) / 10,
        appIdleRssBeforeExportMb: Math.round(idleMb * 10) / 10,
        exportAddedMb: Math.round((peak - idleMb) * 10) / 10,
        pausedClientAddedMb: Math.round((pausedPeak - pausedBefore) * 10) / 10,
        seedSeconds: Math.round(seedSeconds * 10) / 10,
        target: { peakRssMb: TARGET_PEAK_RSS_MB, pausedClientAddedMb: PAUSED_GROWTH_MB },
        ok: failures.length === 0,
        failures,
      }),
    );
    return failures.length === 0 ? 0 : 1;
  } finally {
    await app?.stop();
    await pg.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

async function query<T>(url: string, text: string): Promise<T[]> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return (await db.query<T & object>(text)).rows;
  } finally {
    await db.end();
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
