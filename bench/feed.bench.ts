/**
 * eligibleTasks under load: 100 000 OPEN tasks and 50 000 contractors seeded by SQL (a fixed
 * seed), then `eligibleTasks(first: 20)` for random contractors over HTTP. Also prints
 * EXPLAIN (ANALYZE, BUFFERS) of the feed page query for one contractor and the server-side
 * execution time of that query over 200 contractors.
 */
import { performance } from 'node:perf_hooks';
import type { Client } from 'pg';
import { feedPageSql } from '../src/modules/matching/feed-query';
import { prng, seedContractors, seedRequester, startStack } from './claims-feed-harness';
import { runLoad } from './support/http-load';
import { postgresCpuMs, processCpuMs } from './support/cpu';

const TASKS = Number(process.env.BENCH_FEED_TASKS ?? 100_000);
const CONTRACTORS = Number(process.env.BENCH_FEED_CONTRACTORS ?? 50_000);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const CPU_PROF_DIR = process.env.BENCH_CPU_PROF;
const TARGET = { perSecond: 1500, p99Ms: 50 };
const QUERY = JSON.stringify({
  query: `{ eligibleTasks(first: 20) { pageInfo { hasNextPage endCursor }
    edges { cursor node { id title slotsRemaining pricePerSample { amountMinor currency } estimatedMinutes } } } }`,
});

const ME = JSON.stringify({ query: '{ me { id email role } }' });

/**
 * The bench's world, seeded by SQL with a fixed seed: CONTRACTORS contractors with profiles and
 * (90 %) consent, TASKS open tasks of one requester; returns the contractors' ids.
 */
export async function seedFeedWorld(sql: Client): Promise<string[]> {
  const random = prng(20261202);
  const lab = await seedRequester(sql);
  const all = (
    await sql.query<{ code: string; parent_code: string | null }>(`SELECT code, parent_code FROM professions`)
  ).rows;
  const parents = new Set(all.map((r) => r.parent_code).filter(Boolean));
  const detailed = all.filter((r) => !parents.has(r.code)).map((r) => r.code);
  const groups = all.filter((r) => parents.has(r.code)).map((r) => r.code);
  const pickOf = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const ids = await seedContractors(sql, CONTRACTORS, () => ({
    country: pickOf(['US', 'US', 'US', 'GB', 'GB', 'CA', 'DE', 'FR', 'IN', 'IN']),
    languages: random() < 0.3 ? ['en', pickOf(['fr', 'de', 'es', 'hi'])] : ['en'],
    occupations: (random() < 0.4 ? [pickOf(detailed), pickOf(detailed)] : [pickOf(detailed)])
      .filter((c, i, xs) => xs.indexOf(c) === i)
      .map((c) => [c, Math.floor(random() * 16)] as [string, number]),
    consent: random() < 0.9,
  }));
  // Tasks: 60 % for one occupation, 40 % for a group; a quarter restrict countries, a quarter
  // languages, a third ask for experience.
  const codes = Array.from({ length: TASKS }, () => (random() < 0.6 ? pickOf(detailed) : pickOf(groups)));
  const eligibility = Array.from({ length: TASKS }, () => {
    const e: Record<string, unknown> = {};
    if (random() < 0.25) e.countries = pickOf([['US', 'GB', 'CA'], ['US'], ['IN', 'GB']]);
    if (random() < 0.25) e.languages = pickOf([['en'], ['fr'], ['en', 'de']]);
    if (random() < 0.33) e.minYearsExperience = Math.floor(random() * 10);
    return JSON.stringify(e);
  });
  const prices = Array.from({ length: TASKS }, () => 500 + Math.floor(random() * 9500));
  const minutes = Array.from({ length: TASKS }, () => pickOf([15, 30, 45, 60, 90, 120]));
  const slots = Array.from({ length: TASKS }, () => 1 + Math.floor(random() * 50));
  await sql.query(
    `INSERT INTO tasks (organization_id, created_by, title, instructions, profession_code, artifact_kind, tier,
       currency, slots, slots_remaining, max_per_contractor, eligibility, claim_time_limit_minutes,
       review_window_hours, consent_terms_version, purposes, retention_days, status, price_per_sample,
       platform_fee, requester_cost, rate_table_id, rate_table_version, estimated_minutes, price_locked_at,
       published_at, created_at)
     SELECT $1, $2, 'Bench task ' || n, 'Paste a reply you wrote.', code, 'SUPPORT_REPLY', 'STANDARD', 'USD',
       slots, slots, 1, elig, 60, 72, '2026-11', ARRAY['model-training'], 365, 'OPEN', price, price / 5,
       price + price / 5, $3, $4, minutes, now(), now(), now() - n * interval '1 second'
     FROM unnest($5::text[], $6::jsonb[], $7::bigint[], $8::int[], $9::int[]) WITH ORDINALITY
       AS x(code, elig, price, minutes, slots, n)`,
    [
      lab.orgId,
      lab.userId,
      lab.rateTableId,
      lab.rateTableVersion,
      codes,
      eligibility,
      prices,
      minutes,
      slots,
    ],
  );
  await sql.query(`ANALYZE`);
  return ids;
}

async function main(): Promise<number> {
  // Production settings, as the overhead bench: request logging at info (to /dev/null),
  // introspection off, graphql-js without its development checks.
  const stack = await startStack(CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF_DIR}`] : [], {
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    PAYMENTS_PROCESSOR: 'emulator',
  });
  try {
    const { sql } = stack;
    const t0 = performance.now();
    const ids = await seedFeedWorld(sql);
    const seedSeconds = Math.round((performance.now() - t0) / 100) / 10;

    const consenting = (
      await sql.query<{ user_id: string }>(`SELECT user_id FROM consents ORDER BY random() LIMIT 1000`)
    ).rows.map((r) => r.user_id);
    const tokens = await Promise.all(consenting.map((id) => stack.token(id)));

    // The database's share: server-side time of the page query (first page, 200 contractors),
    // prepared once with the generic plan, as the app runs it (a named statement per connection).
    // The columns the app reads for QUERY's fields (TasksService.columnsOf: the selected fields'
    // columns, the id, the organisation and the currency).
    const columns =
      'f.id, f.organization_id, f.title, f.currency, f.slots_remaining, f.price_per_sample, f.estimated_minutes';
    const pageSql = feedPageSql(false, 21, columns);
    await sql.query(`PREPARE feed_page(uuid) AS ${pageSql}`);
    await sql.query(`SET plan_cache_mode = force_generic_plan`);
    const execute = (id: string) => `EXECUTE feed_page(${sql.escapeLiteral(id)})`;
    const execMs: number[] = [];
    let pageSizes = 0;
    for (const id of consenting.slice(0, 200)) {
      const plan = (
        await sql.query<{ 'QUERY PLAN': { 'Execution Time': number; Plan: { 'Actual Rows': number } }[] }>(
          `EXPLAIN (ANALYZE, FORMAT JSON) ${execute(id)}`,
        )
      ).rows[0]['QUERY PLAN'][0];
      execMs.push(plan['Execution Time']);
      pageSizes += plan.Plan['Actual Rows'];
    }
    execMs.sort((a, b) => a - b);
    const explain = (
      await sql.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${execute(consenting[0])}`)
    ).rows
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    console.log(explain);
    // The backend's CPU per execution of the app's statement (whole rows, as the app reads them),
    // run back to back over one connection: the database's share of a request without HTTP.
    const [{ pid }] = (await sql.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`)).rows;
    await sql.query(`RESET plan_cache_mode`);
    const statement = { name: 'feed-page', text: pageSql };
    const cpuBefore = processCpuMs(pid);
    const sqlRuns = 1000;
    for (let i = 0; i < sqlRuns; i++)
      await sql.query({ ...statement, values: [consenting[i % consenting.length]] });
    const sqlCpuMicros = Math.round(((processCpuMs(pid) - cpuBefore) * 1e3) / sqlRuns);

    // Requests take the 1 000 contractors' tokens in turn, over keep-alive raw sockets (a cheap
    // client, so the server sets the rate on these shared cores). `me` (one primary-key read)
    // runs beside the feed as the reference of what any authenticated request costs here.
    const measure = async (body: string) => {
      // CPU per request of the app and of PostgreSQL (postmaster, backends and reaped children):
      // steadier than req/s on a shared machine, since it counts only the time these processes ran.
      const cpu0 = { app: processCpuMs(stack.pids.app), pg: postgresCpuMs(stack.pids.postmaster) };
      const r = await runLoad({
        port: stack.port,
        connections: CONNECTIONS,
        durationMs: DURATION_MS,
        body,
        tokens,
      });
      const micros = (ms: number) => Math.round((ms * 1e3) / Math.max(1, r.requests));
      return {
        requests: r.requests,
        perSecond: r.rps,
        p50Ms: r.p50Ms,
        p99Ms: r.p99Ms,
        errors: r.errors,
        cpuPerRequestMicros: {
          app: micros(processCpuMs(stack.pids.app) - cpu0.app),
          postgres: micros(postgresCpuMs(stack.pids.postmaster) - cpu0.pg),
        },
      };
    };
    for (const body of [QUERY, ME])
      // warm-up (JIT, pool, caches)
      await runLoad({ port: stack.port, connections: CONNECTIONS, durationMs: 2000, body, tokens });
    const me = await measure(ME);
    const http = await measure(QUERY);
    const failures: string[] = [];
    if (http.errors > 0) failures.push(`${http.errors} errors`);
    if (http.perSecond < TARGET.perSecond) failures.push(`${http.perSecond} req/s < ${TARGET.perSecond}`);
    if (http.p99Ms > TARGET.p99Ms) failures.push(`p99 ${http.p99Ms} ms > ${TARGET.p99Ms}`);
    console.log(
      JSON.stringify({
        bench: 'feed',
        tasks: TASKS,
        contractors: ids.length,
        seedSeconds,
        connections: CONNECTIONS,
        durationMs: DURATION_MS,
        sqlExecutionMs: {
          p50: execMs[Math.floor(execMs.length * 0.5)],
          p99: execMs[Math.floor(execMs.length * 0.99)],
          avgRowsPerPage: pageSizes / execMs.length,
          backendCpuMicrosPerPage: sqlCpuMicros,
        },
        http,
        me,
        feedPerMe: Math.round((http.perSecond / me.perSecond) * 100) / 100,
        target: TARGET,
        ok: failures.length === 0,
        failures,
      }),
    );
    return failures.length === 0 ? 0 : 1;
  } finally {
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
