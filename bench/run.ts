/**
 * Runs every bench/*.bench.ts, one after another (never in parallel: they would compete for the
 * cores they measure), each in its own Node process with the same ts-node flags as `npm run bench`.
 * Each benchmark prints its own summary and exits non-zero when it misses a target; this runner
 * forwards that output, prints one line per benchmark and exits 1 if any failed.
 * Run: npm run bench [-- <name filter>]   e.g. npm run bench -- pii
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const TIMEOUT_MS = 10 * 60 * 1000;

interface Outcome {
  name: string;
  ok: boolean;
  seconds: number;
  detail: string;
}

function runOne(file: string): Outcome {
  const name = file.replace(/\.bench\.ts$/, '');
  console.log(`\n== ${name}`);
  const t0 = performance.now();
  const child = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', join(__dirname, file)],
    {
      cwd: join(__dirname, '..'),
      stdio: 'inherit',
      timeout: TIMEOUT_MS,
    },
  );
  const seconds = (performance.now() - t0) / 1000;
  if (child.error) return { name, ok: false, seconds, detail: `could not run: ${child.error.message}` };
  if (child.signal) return { name, ok: false, seconds, detail: `killed by ${child.signal}` };
  return { name, ok: child.status === 0, seconds, detail: `exit ${child.status}` };
}

function main(): number {
  const filter = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
    .sort();
  if (files.length === 0) {
    console.error(`no benchmark in ${__dirname}${filter ? ` matches "${filter}"` : ''}`);
    return 1;
  }
  const outcomes = files.map(runOne);
  console.log('\n== summary');
  for (const o of outcomes)
    console.log(`  ${o.ok ? 'ok  ' : 'FAIL'}  ${o.name.padEnd(24)} ${o.seconds.toFixed(1)} s  (${o.detail})`);
  const failed = outcomes.filter((o) => !o.ok).length;
  console.log(failed === 0 ? `all ${outcomes.length} passed` : `${failed} of ${outcomes.length} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main();
