/**
 * CPU time of the processes under load, read from /proc (Linux): on a shared machine the rate a
 * load reaches depends on everyone else, but the CPU each request costs the app and PostgreSQL
 * does not, so benchmarks report it beside the rates. Clock ticks are 10 ms, so a figure is only
 * meaningful over a few seconds of load.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TICK_MS = 10; // CLK_TCK is 100 on Linux

/** utime, stime, cutime, cstime (in ticks) and the parent pid of one process; null when it is gone. */
function stat(pid: number): { own: number; reaped: number; ppid: number } | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // Fields after the command name, which is in parentheses and may hold spaces.
  const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { ppid: Number(f[1]), own: Number(f[11]) + Number(f[12]), reaped: Number(f[13]) + Number(f[14]) };
}

/** CPU milliseconds used so far by one process (all its threads). */
export function processCpuMs(pid: number): number {
  return (stat(pid)?.own ?? 0) * TICK_MS;
}

/**
 * CPU milliseconds used so far by a PostgreSQL server: the postmaster, its live children (the
 * backends, checkpointer, WAL writer…) and the children it has already reaped.
 */
export function postgresCpuMs(postmasterPid: number): number {
  const main = stat(postmasterPid);
  if (!main) return 0;
  let ticks = main.own + main.reaped;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = stat(Number(entry));
    if (s?.ppid === postmasterPid) ticks += s.own;
  }
  return ticks * TICK_MS;
}

/** The postmaster's pid from the `postmaster.pid` file of a PostgreSQL data directory. */
export function postmasterPid(pgDataDir: string): number {
  const file = join(pgDataDir, 'postmaster.pid');
  if (!existsSync(file)) throw new Error(`no postmaster.pid in ${pgDataDir}`);
  return Number(readFileSync(file, 'utf8').split('\n')[0]);
}

export interface CpuSample {
  appMs: number;
  postgresMs: number;
}

/** Measures the app's and PostgreSQL's CPU across `run`; returns both with run's result. */
export async function measureCpu<T>(
  pids: { app: number; postmaster: number },
  run: () => Promise<T>,
): Promise<{ result: T; cpu: CpuSample }> {
  const app0 = processCpuMs(pids.app);
  const pg0 = postgresCpuMs(pids.postmaster);
  const result = await run();
  return {
    result,
    cpu: { appMs: processCpuMs(pids.app) - app0, postgresMs: postgresCpuMs(pids.postmaster) - pg0 },
  };
}

/** Microseconds of CPU per request, rounded. */
export const perRequestUs = (cpuMs: number, requests: number) =>
  requests > 0 ? Math.round((cpuMs * 1000) / requests) : 0;
