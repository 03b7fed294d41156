/**
 * CPU time of processes from /proc (Linux only): user + system time in clock ticks (100 per
 * second). Dividing the CPU a load used by the requests it served gives a cost per request that
 * moves far less with a busy machine than the request rate does.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces). */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null; // the process has exited
  }
}

/** CPU seconds used so far by these processes (exited ones count 0). */
export function cpuSeconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    const f = statFields(pid);
    // After the name: state(0) ppid(1) … utime(11) stime(12).
    if (f) ticks += Number(f[11]) + Number(f[12]);
  }
  return ticks / TICKS_PER_SECOND;
}

/** The process and its direct children (PostgreSQL's postmaster and its backends). */
export function withChildren(pid: number): number[] {
  const pids = [pid];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const f = statFields(Number(name));
    if (f && Number(f[1]) === pid) pids.push(Number(name));
  }
  return pids;
}

/** The postmaster's pid, from the first line of postmaster.pid in its data directory. */
export function postmasterPid(pgDataDir: string): number {
  return Number(readFileSync(`${pgDataDir}/postmaster.pid`, 'utf8').split('\n')[0]);
}
