import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresAccount, unenterable } from './postgres-access';

describe('what PostgreSQL (running as another user) cannot enter', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fairsample-access-'));
    chmodSync(dir, 0o755);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names the private directory on the way, not the open ones', () => {
    const privateDir = join(dir, 'home');
    mkdirSync(join(privateDir, 'clone', '.data'), { recursive: true });
    chmodSync(privateDir, 0o700);
    const stranger = { uid: 4242, gid: 4242 };
    expect(unenterable([join(privateDir, 'clone', '.data')], stranger)).toEqual([privateDir]);
    chmodSync(privateDir, 0o711);
    expect(unenterable([join(privateDir, 'clone', '.data')], stranger)).toEqual([]);
  });

  it('lets the owner in through the owner bits, and skips paths not created yet', () => {
    const own = join(dir, 'own');
    mkdirSync(own);
    chmodSync(own, 0o700);
    const me = { uid: process.getuid!(), gid: process.getgid!() };
    expect(unenterable([join(own, 'not', 'yet')], me)).toEqual([]);
    expect(unenterable([join(own, 'not', 'yet')], undefined)).toEqual([own]);
  });

  it('reads the postgres account from a passwd file', () => {
    const passwd = join(dir, 'passwd');
    writeFileSync(passwd, 'root:x:0:0::/root:/bin/sh\npostgres:x:999:998::/home/postgres:/bin/sh\n');
    expect(postgresAccount(passwd)).toEqual({ uid: 999, gid: 998 });
    expect(postgresAccount(join(dir, 'missing'))).toBeUndefined();
  });
});
