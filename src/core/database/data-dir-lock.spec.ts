import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockDataDir } from './data-dir-lock';
import { StartRefusal } from './start-refusal';

describe('lockDataDir', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fairsample-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const pidFile = () => join(dir, 'fairsample.pid');

  it('takes a free directory and gives it back', () => {
    const lock = lockDataDir(dir);
    expect(readFileSync(pidFile(), 'utf8').trim()).toBe(String(process.pid));
    lock.release();
    expect(existsSync(pidFile())).toBe(false);
  });

  it('refuses a directory held by another running node process, and leaves its lock alone', () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => undefined, 60000)']);
    writeFileSync(pidFile(), `${holder.pid}\n`);
    let refusal: unknown;
    try {
      lockDataDir(dir);
    } catch (e) {
      refusal = e;
    } finally {
      holder.kill();
    }
    expect(refusal).toBeInstanceOf(StartRefusal);
    expect((refusal as StartRefusal).message).toMatch(/in use by another Fairsample instance \(pid \d+\)/);
    expect((refusal as StartRefusal).exitCode).toBe(75);
    expect(readFileSync(pidFile(), 'utf8').trim()).toBe(String(holder.pid));
  });

  it('takes over the lock of a process that is gone', () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(pidFile(), `${gone}\n`);
    const lock = lockDataDir(dir);
    expect(readFileSync(pidFile(), 'utf8').trim()).toBe(String(process.pid));
    lock.release();
  });
});
