/**
 * The app's own per-request cost, measured against the framework it is built on: a bare
 * NestJS + Apollo + Fastify app answering `{ ping }` (bench/bare/main.ts) and the built app
 * (production settings, request logging on) answering `{ __typename }`, `me`, `rateQuote` and
 * `tasks(first: 20)`. Both run in their own processes and are loaded from this one over loopback
 * keep-alive connections, in alternating rounds (bare, app, app, …, bare, app, …) so the noise
 * of a shared machine hits both sides alike; targets are ratios between them, never absolute
 * rates. Env: BENCH_ROUNDS (3), BENCH_DURATION_MS per load (3000), BENCH_CONNECTIONS (50),
 * BENCH_CPU_PROF=<dir> (profile the app with --cpu-prof into that directory).
 */
import { join } from 'node:path';
import { measureCpu, perRequestUs, postmasterPid } from './support/cpu';
import { LoadResult, runLoad } from './support/http-load';
import {
  closeAgent,
  OPERATIONS,
  RunningApp,
  seedRequester,
  startBuiltApp,
  startScript,
} from './support/app-process';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 3000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const CPU_PROF_DIR = process.env.BENCH_CPU_PROF;

/** What is loaded, in the order of each round. */
const LOADS = ['bare', 'typename', 'me', 'rateQuote', 'tasksPage'] as const;
type LoadName = (typeof LOADS)[number];

/** ratio name → [numerator, denominator, minimum] */
const TARGETS: Record<string, [LoadName, LoadName, number]> = {
  'typename/bare': ['typename', 'bare', 0.7],
  'me/typename': ['me', 'typename', 0.6],
  'tasksPage/typename': ['tasksPage', 'typename', 0.4],
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round2 = (x: number) => Math.round(x * 100) / 100;

async function main(): Promise<number> {
  const started: RunningApp[] = [];
  try {
    const bare = await startScript(join(__dirname, 'bare', 'main.ts'));
    started.push(bare);
    const app = await startBuiltApp(
      // Production settings: request logging at info (to /dev/null), introspection off.
      { NODE_ENV: 'production', LOG_LEVEL: 'info', PAYMENTS_PROCESSOR: 'emulator' },
      CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF_DIR}`] : [],
    );
    started.push(app);
    const token = await seedRequester(app.port, 200);

    const loads: Record<LoadName, { port: number; body: string; token?: string }> = {
      bare: { port: bare.port, body: JSON.stringify({ query: '{ ping }' }) },
      typename: { port: app.port, body: JSON.stringify({ query: '{ __typename }' }) },
      me: { port: app.port, body: OPERATIONS.me, token },
      rateQuote: { port: app.port, body: OPERATIONS.rateQuote, token },
      tasksPage: { port: app.port, body: OPERATIONS.tasksPage, token },
    };
    const run = (name: LoadName, durationMs: number) =>
      runLoad({ ...loads[name], connections: CONNECTIONS, durationMs });
    // CPU per request of the app and its PostgreSQL (the bare app has neither): the figure that
    // does not depend on what else the shared machine runs.
    const pids = { app: app.pid, postmaster: postmasterPid(join(app.dataDir!, 'pg')) };
    type CpuSeries = { appUs: number[]; postgresUs: number[] };
    const cpu = Object.fromEntries(
      LOADS.map((n): [LoadName, CpuSeries] => [n, { appUs: [], postgresUs: [] }]),
    ) as Record<LoadName, CpuSeries>;

    for (const name of LOADS) await run(name, Math.min(2000, DURATION_MS)); // warm-up: JIT, pools, caches
    const rounds: Record<LoadName, LoadResult>[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const round = {} as Record<LoadName, LoadResult>;
      for (const name of LOADS) {
        const { result, cpu: used } = await measureCpu(pids, () => run(name, DURATION_MS));
        round[name] = result;
        cpu[name].appUs.push(perRequestUs(used.appMs, result.requests));
        cpu[name].postgresUs.push(perRequestUs(used.postgresMs, result.requests));
      }
      rounds.push(round);
      console.log(
        `round ${r + 1}: ` + LOADS.map((n) => `${n} ${round[n].rps}/s p99 ${round[n].p99Ms} ms`).join(', '),
      );
    }

    const results = Object.fromEntries(
      LOADS.map((name) => [
        name,
        {
          rps: median(rounds.map((r) => r[name].rps)),
          p50Ms: median(rounds.map((r) => r[name].p50Ms)),
          p99Ms: median(rounds.map((r) => r[name].p99Ms)),
          errors: rounds.reduce((n, r) => n + r[name].errors, 0),
          ...(name === 'bare'
            ? {}
            : {
                appUsPerRequest: median(cpu[name].appUs),
                postgresUsPerRequest: median(cpu[name].postgresUs),
              }),
        },
      ]),
    );
    const failures: string[] = [];
    for (const name of LOADS)
      if (results[name].errors > 0) failures.push(`${name}: ${results[name].errors} errors`);
    // Each ratio is taken within a round (loads run seconds apart), then the median over rounds.
    const ratios: Record<string, { ratio: number; target: number }> = {};
    for (const [label, [num, den, min]] of Object.entries(TARGETS)) {
      const ratio = round2(median(rounds.map((r) => r[num].rps / r[den].rps)));
      ratios[label] = { ratio, target: min };
      if (ratio < min) failures.push(`${label}: ${ratio} < ${min}`);
    }
    for (const [label, { ratio, target }] of Object.entries(ratios))
      console.log(
        `${ratio >= target ? 'ok  ' : 'MISS'} ${label.padEnd(20)} ${ratio.toFixed(2)} (target ≥ ${target})`,
      );
    console.log(
      JSON.stringify({
        bench: 'overhead',
        connections: CONNECTIONS,
        durationMs: DURATION_MS,
        rounds: ROUNDS,
        results: {
          ...results,
          rateQuoteOverTypename: round2(median(rounds.map((r) => r.rateQuote.rps / r.typename.rps))),
        },
        ratios,
        ok: failures.length === 0,
        failures,
      }),
    );
    return failures.length === 0 ? 0 : 1;
  } finally {
    for (const s of started.reverse()) await s.stop();
    closeAgent();
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
