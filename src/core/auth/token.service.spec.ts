import type { AppConfig } from '../config/app-config';
import { CLOCK_SKEW_SECONDS, TokenService } from './token.service';

const service = (jwtTtlSeconds: number) =>
  new TokenService({ jwtSecret: 'spec-secret-0123456789-0123456789-012345', jwtTtlSeconds } as AppConfig);

describe('TokenService.verify (remembered verifications)', () => {
  afterEach(() => jest.useRealTimers());

  it('returns the same claims for a token verified before', async () => {
    const tokens = service(3600);
    const token = await tokens.sign({ userId: 'u1', tokenVersion: 3 });
    expect(await tokens.verify(token)).toEqual({ userId: 'u1', tokenVersion: 3 });
    expect(await tokens.verify(token)).toEqual({ userId: 'u1', tokenVersion: 3 });
  });

  it('still refuses a remembered token once it has expired', async () => {
    jest.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    const tokens = service(10); // expires well within the time a verification is remembered
    const token = await tokens.sign({ userId: 'u1', tokenVersion: 0 });
    await tokens.verify(token);
    jest.setSystemTime(Date.now() + (10 + CLOCK_SKEW_SECONDS - 1) * 1000);
    expect(await tokens.verify(token)).toEqual({ userId: 'u1', tokenVersion: 0 });
    jest.setSystemTime(Date.now() + 2000);
    await expect(tokens.verify(token)).rejects.toMatchObject({ reason: 'TOKEN_EXPIRED' });
  });

  it('does not accept a token that differs from a remembered one, nor one signed with another key', async () => {
    const tokens = service(3600);
    const token = await tokens.sign({ userId: 'u1', tokenVersion: 0 });
    await tokens.verify(token);
    const [head, body, signature] = token.split('.');
    const flipped = signature.slice(0, -2) + (signature.at(-2) === 'A' ? 'B' : 'A') + signature.at(-1);
    await expect(tokens.verify(`${head}.${body}.${flipped}`)).rejects.toMatchObject({
      reason: 'INVALID_TOKEN',
    });
    const other = await service(3600).sign({ userId: 'u1', tokenVersion: 0 });
    const foreign = new TokenService({
      jwtSecret: 'another-secret-0123456789-0123456789-0123',
      jwtTtlSeconds: 3600,
    } as AppConfig);
    await expect(foreign.verify(other)).rejects.toMatchObject({ reason: 'INVALID_TOKEN' });
  });
});
