import { closeSync, openSync, readFileSync, readlinkSync, unlinkSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { StartRefusal } from './start-refusal';

export interface DataDirLock {
  release(): void;
}

/**
 * One instance per data directory: its embedded PostgreSQL and Stripe emulator state belong to
 * the instance that holds `<dataDir>/fairsample.pid`. A second instance is refused before it
 * touches anything (it would otherwise stop the first one's database as if it were left over).
 * A lock whose process is gone (SIGKILL) is taken over; the stale PostgreSQL is then recovered.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = join(dataDir, 'fairsample.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, 'wx', 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = holderOf(file);
      if (holder !== undefined && holder !== process.pid && isRunningNode(holder))
        throw new StartRefusal(
          `${dataDir} is in use by another Fairsample instance (pid ${holder}): stop it first, or give this one another DATA_DIR`,
          75,
        );
      unlinkSync(file); // left by a process that is gone
      continue;
    }
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return {
      release: () => {
        if (holderOf(file) === process.pid) unlinkSync(file);
      },
    };
  }
  throw new StartRefusal(`another instance is starting on ${dataDir} right now`, 75);
}

function holderOf(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Alive and (where /proc tells) a node process, so a recycled pid does not hold the lock. */
function isRunningNode(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    return basename(readlinkSync(`/proc/${pid}/exe`)).startsWith('node');
  } catch {
    return true; // no /proc, or not ours to read: trust the pid
  }
}
