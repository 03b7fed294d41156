/**
 * Throughput and latency of the GraphQL API as a client sees it: the built app (dist/, made by
 * `npm run bench`) in its own process with its embedded PostgreSQL and Stripe emulator, loaded
 * over loopback HTTP with keep-alive by this process. Three operations: `me` (token check + one
 * primary-key read), `rateQuote` (SOC fallback lookup in the current rate table) and
 * `tasks(first: 20)` over 200 tasks (count, keyset page, escrow balances in one query).
 */
import { performance } from 'node:perf_hooks';
import { closeAgent, OPERATIONS, post, seedRequester, startBuiltApp } from './support/app-process';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000);
const CONCURRENCY = 16;
const TARGETS: Record<string, { rps: number; p99Ms: number }> = {
  me: { rps: 800, p99Ms: 60 },
  rateQuote: { rps: 500, p99Ms: 80 },
  tasksPage: { rps: 150, p99Ms: 250 },
};

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

async function main(): Promise<number> {
  const app = await startBuiltApp();
  try {
    const token = await seedRequester(app.port, 200);
    const results: Record<string, Awaited<ReturnType<typeof load>>> = {};
    const failures: string[] = [];
    for (const [name, body] of Object.entries(OPERATIONS)) {
      await load(app.port, body, token); // warm-up (JIT, connection pool, caches)
      results[name] = await load(app.port, body, token);
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
    await app.stop();
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
