import { CurrentAccess, PrincipalCache } from './principal-cache';
import { Role } from './roles';

const access = (role: Role): CurrentAccess => ({ role, organizationId: null, tokenVersion: 0 });

describe('PrincipalCache', () => {
  it('reads a user once while cached, again after invalidate', async () => {
    const cache = new PrincipalCache();
    let role = Role.ADMIN;
    const loader = jest.fn(() => Promise.resolve(access(role)));
    cache.setLoader(loader);
    expect(await cache.get('u1')).toEqual(access(Role.ADMIN));
    expect(await cache.get('u1')).toEqual(access(Role.ADMIN));
    expect(loader).toHaveBeenCalledTimes(1);
    role = Role.FINANCE;
    cache.invalidate('u1');
    expect(await cache.get('u1')).toEqual(access(Role.FINANCE));
    expect(loader).toHaveBeenCalledTimes(2);
  });

  it('does not keep a read that raced an invalidation', async () => {
    const cache = new PrincipalCache();
    let release!: () => void;
    const loader = jest
      .fn<Promise<CurrentAccess | null>, [string]>()
      .mockImplementationOnce(() => new Promise((r) => (release = () => r(access(Role.ADMIN)))))
      .mockResolvedValue(access(Role.FINANCE));
    cache.setLoader(loader);
    const stale = cache.get('u1');
    cache.invalidate('u1'); // the change committed while the old row was being read
    release();
    expect(await stale).toEqual(access(Role.ADMIN));
    expect(await cache.get('u1')).toEqual(access(Role.FINANCE));
  });

  it('does not cache a user that does not exist', async () => {
    const cache = new PrincipalCache();
    const loader = jest.fn(() => Promise.resolve(null));
    cache.setLoader(loader);
    expect(await cache.get('gone')).toBeNull();
    expect(await cache.get('gone')).toBeNull();
    expect(loader).toHaveBeenCalledTimes(2);
  });

  it('fails closed without a loader', async () => {
    await expect(new PrincipalCache().get('u1')).rejects.toThrow(/loader/);
  });
});

describe('PrincipalCache under concurrency', () => {
  it('shares one read among concurrent requests of a user', async () => {
    const cache = new PrincipalCache();
    const loader = jest.fn(() => Promise.resolve(access(Role.CONTRACTOR)));
    cache.setLoader(loader);
    await Promise.all(Array.from({ length: 10 }, () => cache.get('u1')));
    expect(loader).toHaveBeenCalledTimes(1);
  });
});
