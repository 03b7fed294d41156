import { isPublicAddress, resolvesPublicly } from './webhook-address';

describe('webhook addresses', () => {
  it('refuses loopback, private, link-local and other internal ranges, IPv4 and IPv6', () => {
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      'not-an-ip',
    ])
      expect([ip, isPublicAddress(ip)]).toEqual([ip, false]);
  });

  it('accepts public addresses', () => {
    for (const ip of ['93.184.216.34', '172.32.0.1', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8'])
      expect([ip, isPublicAddress(ip)]).toEqual([ip, true]);
  });

  it('judges a URL by its literal address without a lookup', async () => {
    await expect(resolvesPublicly('https://127.0.0.1:8443/hook')).resolves.toBe(false);
    await expect(resolvesPublicly('https://[::1]/hook')).resolves.toBe(false);
    await expect(resolvesPublicly('https://8.8.8.8/hook')).resolves.toBe(true);
  });
});
