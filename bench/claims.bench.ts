/**
 * claimTask under load, as issue 8 asks: 50 connections, each request a random signed-in eligible
 * contractor claiming a random task of a large pool, for 15 s — through the whole stack over HTTP
 * (auth, the full eligibility check, counter, claim row, slot, expiry job, audit row, the reply),
 * and, in the same run, the raw-SQL claim as the ceiling: the same statements through `pg` (the
 * claim statement the app runs, the job insert pg-boss runs, the audit insert), 50 connections,
 * same pool, without HTTP, auth, GraphQL or the ORM. The pool is large enough that the run never
 * runs out of slots or of a contractor's maxPerContractor, so this measures the claim path, not
 * waiting on one task's row. Beside the rates it reports the CPU each claim costs the app and
 * PostgreSQL (from /proc): on a shared machine that, not the rate, is the figure to compare.
 *
 * Env: BENCH_DURATION_MS per side (15000), BENCH_CONNECTIONS (50), BENCH_TASKS (2000),
 * BENCH_CONTRACTORS (2000), BENCH_CPU_PROF=<dir> (profile the app with --cpu-prof).
 */
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { JOBS_SCHEMA } from '../src/core/jobs/jobs-schema';
import { keyedJobId } from '../src/core/jobs/jobs.service';
import { CLAIM_EXPIRY_JOB } from '../src/modules/claims/claims.service';
import { claimStatementSql } from '../src/modules/claims/claim-statement';
import { prng, seedContractors, seedRequester, startStack } from './claims-feed-harness';
import { measureCpu, perRequestUs } from './support/cpu';
import { runLoad } from './support/http-load';

// pg-boss's own job INSERT, as JobsService.enqueue runs it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const plans = require('pg-boss/src/plans') as { insertJob(schema: string): string };

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 15_000);
const TASKS = Number(process.env.BENCH_TASKS ?? 2000);
const CONTRACTORS = Number(process.env.BENCH_CONTRACTORS ?? 2000);
const CPU_PROF_DIR = process.env.BENCH_CPU_PROF;
const TARGET = { ratioOfRaw: 0.35, p99Ms: 50 };
const SLOTS = 1000;
const MAX_PER_CONTRACTOR = 10;

const percentile = (sorted: number[], p: number) =>
  Math.round((sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0) * 100) / 100;

async function main(): Promise<number> {
  const stack = await startStack(CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF_DIR}`] : []);
  const raw: Client[] = [];
  try {
    const { sql } = stack;
    const lab = await seedRequester(sql);
    const contractors = await seedContractors(sql, CONTRACTORS, () => ({
      country: 'US',
      languages: ['en'],
      occupations: [['43-4051', 5]],
      consent: true,
    }));
    // A third of the tasks restrict experience, countries and languages (every contractor passes),
    // so the eligibility check reads the same rows it would in production.
    const tasks = (
      await sql.query<{ id: string }>(
        `INSERT INTO tasks (organization_id, created_by, title, instructions, profession_code, artifact_kind,
           tier, currency, slots, slots_remaining, max_per_contractor, eligibility, claim_time_limit_minutes,
           review_window_hours, consent_terms_version, purposes, retention_days, status, price_per_sample,
           platform_fee, requester_cost, rate_table_id, rate_table_version, estimated_minutes, price_locked_at,
           published_at)
         SELECT $1, $2, 'Task ' || i, 'Paste a reply.', '43-4051', 'SUPPORT_REPLY', 'STANDARD', 'USD', $5, $5, $6,
           CASE WHEN i % 3 = 0 THEN '{"minYearsExperience":2,"countries":["US","CA"],"languages":["en","fr"]}'::jsonb
             ELSE '{}'::jsonb END,
           60, 72, '2026-11', ARRAY['model-training'], 365, 'OPEN', 2000, 400, 2400, $3, $4, 30, now(), now()
         FROM generate_series(1, $7) i RETURNING id`,
        [lab.orgId, lab.userId, lab.rateTableId, lab.rateTableVersion, SLOTS, MAX_PER_CONTRACTOR, TASKS],
      )
    ).rows.map((r) => r.id);
    const tokens = await Promise.all(contractors.map((id) => stack.token(id)));
    const random = prng(8);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];

    // The raw-SQL ceiling: what ClaimsService.claim sends, minus everything around it.
    for (let i = 0; i < CONNECTIONS; i++) {
      const c = new Client({ connectionString: stack.databaseUrl });
      await c.connect();
      raw.push(c);
    }
    const claimSql = claimStatementSql();
    const jobSql = plans.insertJob(JOBS_SCHEMA);
    const rawClaim = async (c: Client) => {
      const [taskId, contractorId] = [pick(tasks), pick(contractors)];
      await c.query('BEGIN');
      try {
        // A named statement, as the app prepares it.
        const { rows } = await c.query<{ id: string; expiresAt: Date; slotTaken: boolean }>({
          name: 'claim',
          text: claimSql,
          values: [taskId, contractorId],
        });
        if (!rows[0]?.slotTaken) throw new Error('not claimed');
        const claimId = rows[0].id;
        const key = `claim-expiry:${claimId}`;
        await c.query(jobSql, [
          keyedJobId(CLAIM_EXPIRY_JOB, key),
          CLAIM_EXPIRY_JOB,
          JSON.stringify({ claimId }),
          null,
          rows[0].expiresAt.toISOString(),
          key,
          ...Array<null>(13).fill(null),
        ]);
        await c.query(
          `INSERT INTO audit_log (occurred_at, actor_type, actor_user_id, actor_role, action, subject_type,
             subject_id, before, after, metadata)
           VALUES (date_trunc('milliseconds', clock_timestamp()), 'user', $1, 'CONTRACTOR', 'claim.created',
             'claim', $2, NULL, $3::jsonb, '{}'::jsonb)`,
          [
            contractorId,
            claimId,
            JSON.stringify({ status: 'ACTIVE', taskId, expiresAt: rows[0].expiresAt.toISOString() }),
          ],
        );
        await c.query('COMMIT');
        return true;
      } catch {
        await c.query('ROLLBACK');
        return false;
      }
    };
    const rawLoad = async (durationMs: number) => {
      const latencies: number[] = [];
      let errors = 0;
      const t0 = performance.now();
      const end = t0 + durationMs;
      await Promise.all(
        raw.map(async (c) => {
          while (performance.now() < end) {
            const started = performance.now();
            if (!(await rawClaim(c))) errors++;
            latencies.push(performance.now() - started);
          }
        }),
      );
      latencies.sort((a, b) => a - b);
      return {
        requests: latencies.length,
        rps: Math.round(latencies.length / ((performance.now() - t0) / 1000)),
        p50Ms: percentile(latencies, 0.5),
        p99Ms: percentile(latencies, 0.99),
        errors,
      };
    };

    const httpLoad = (durationMs: number) =>
      runLoad({
        port: stack.port,
        connections: CONNECTIONS,
        durationMs,
        body: '',
        next: () => ({
          body: JSON.stringify({
            query: `mutation($id: ID!) { claimTask(taskId: $id) { id status expiresAt } }`,
            variables: { id: pick(tasks) },
          }),
          token: pick(tokens),
        }),
        accept: (text) => text.includes('"ACTIVE"'),
      });

    await rawLoad(2000); // warm-up: connections, caches
    await httpLoad(2000); // warm-up: JIT, pools, caches
    const rawRun = await measureCpu(stack.pids, () => rawLoad(DURATION_MS));
    const httpRun = await measureCpu(stack.pids, () => httpLoad(DURATION_MS));

    const [check] = (
      await sql.query<{ bad_tasks: number; claims: number; counted: number; taken: number }>(
        `SELECT (SELECT count(*)::int FROM tasks t WHERE t.slots - t.slots_remaining
                   <> (SELECT count(*) FROM claims c WHERE c.task_id = t.id)) AS bad_tasks,
                (SELECT count(*)::int FROM claims) AS claims,
                (SELECT sum(held)::int FROM claim_counters) AS counted,
                (SELECT sum(slots - slots_remaining)::int FROM tasks) AS taken`,
      )
    ).rows;
    const http = httpRun.result;
    const rawResult = rawRun.result;
    const ratio = Math.round((http.rps / rawResult.rps) * 100) / 100;
    const failures: string[] = [];
    if (http.errors > 0 || rawResult.errors > 0)
      failures.push(`errors: http ${http.errors}, raw ${rawResult.errors}`);
    if (check.bad_tasks > 0 || check.claims !== check.counted || check.claims !== check.taken)
      failures.push(`slots, counters and claims disagree: ${JSON.stringify(check)}`);
    if (ratio < TARGET.ratioOfRaw) failures.push(`http/raw ${ratio} < ${TARGET.ratioOfRaw}`);
    if (http.p99Ms > TARGET.p99Ms) failures.push(`http p99 ${http.p99Ms} ms > ${TARGET.p99Ms}`);
    const cpu = (run: typeof httpRun | typeof rawRun) => ({
      appUsPerClaim: perRequestUs(run.cpu.appMs, run.result.requests),
      postgresUsPerClaim: perRequestUs(run.cpu.postgresMs, run.result.requests),
    });
    console.log(
      JSON.stringify({
        bench: 'claims',
        connections: CONNECTIONS,
        durationMs: DURATION_MS,
        tasks: TASKS,
        contractors: CONTRACTORS,
        raw: { ...rawResult, ...cpu(rawRun) },
        http: { ...http, ...cpu(httpRun) },
        ratio,
        target: TARGET,
        ok: failures.length === 0,
        failures,
      }),
    );
    return failures.length === 0 ? 0 : 1;
  } finally {
    for (const c of raw) await c.end();
    await stack.stop();
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
