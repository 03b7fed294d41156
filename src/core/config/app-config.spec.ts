import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fairsample-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const problemsOf = (env: Record<string, string>): string[] => {
    try {
      loadConfig(env, dir);
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
    return [];
  };

  it('has working defaults for development, with secrets generated once under the data directory', () => {
    const a = loadConfig({}, dir);
    expect(a).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      authRateLimitPerMinute: 30,
      databaseUrl: undefined,
      rateCutNoticeDays: 14,
      payoutBatchSize: 500,
    });
    expect(a.jwtSecret).toHaveLength(64);
    expect(a.stripeWebhookSecret).toMatch(/^whsec_/);
    expect(readFileSync(join(dir, '.data', 'jwt-secret'), 'utf8').trim()).toBe(a.jwtSecret);
    expect(loadConfig({}, dir).jwtSecret).toBe(a.jwtSecret);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be a postgres/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET must be at least 32/],
    [{ NODE_ENV: 'production' }, /JWT_SECRET is required when NODE_ENV=production/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ ADMIN_EMAIL: 'a@b.co' }, /ADMIN_EMAIL and ADMIN_PASSWORD must be set together/],
    [{ ADMIN_EMAIL: 'not-an-email', ADMIN_PASSWORD: 'long-enough-password' }, /ADMIN_EMAIL must be an email/],
    [{ AUTH_RATE_LIMIT_PER_MINUTE: '0' }, /AUTH_RATE_LIMIT_PER_MINUTE/],
    [{ STRIPE_SECRET_KEY: 'pk_test_123' }, /STRIPE_SECRET_KEY must start with/],
    [{ LOG_LEVEL: 'verbose' }, /LOG_LEVEL/],
    [{ TRUST_PROXY: 'yes please' }, /TRUST_PROXY must be/],
    [{ PAYMENTS_PROCESSOR: 'paypal' }, /PAYMENTS_PROCESSOR must be emulator or stripe/],
    [{ RATE_CUT_NOTICE_DAYS: '-1' }, /RATE_CUT_NOTICE_DAYS must be a whole number/],
    [{ RATE_CUT_NOTICE_DAYS: '366' }, /RATE_CUT_NOTICE_DAYS/],
    [{ PAYOUT_BATCH_SIZE: '0' }, /PAYOUT_BATCH_SIZE/],
    [{ PAYOUT_BATCH_SIZE: 'many' }, /PAYOUT_BATCH_SIZE must be a whole number/],
    [{ PAYMENTS_PROCESSOR: 'stripe' }, /STRIPE_SECRET_KEY is required with PAYMENTS_PROCESSOR=stripe/],
    [{ PAYMENTS_PROCESSOR: 'emulator', STRIPE_SECRET_KEY: 'sk_test_1' }, /unset one of them/],
    [
      { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) },
      /STRIPE_SECRET_KEY is required when NODE_ENV=production/,
    ],
  ])('refuses %j with a message naming the variable', (env, message) => {
    const problems = problemsOf(env);
    expect(problems.join('\n')).toMatch(message);
  });

  it('picks the payments processor: Stripe with a key, the emulator only outside production unless chosen', () => {
    expect(loadConfig({}, dir).paymentsProcessor).toBe('emulator');
    expect(loadConfig({ STRIPE_SECRET_KEY: 'sk_test_1' }, dir).paymentsProcessor).toBe('stripe');
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
    expect(loadConfig({ ...production, PAYMENTS_PROCESSOR: 'emulator' }, dir).paymentsProcessor).toBe(
      'emulator',
    );
    expect(
      loadConfig({ ...production, STRIPE_SECRET_KEY: 'sk_live_1', STRIPE_WEBHOOK_SECRET: 'whsec_1' }, dir)
        .paymentsProcessor,
    ).toBe('stripe');
  });

  it.each([
    [undefined, false],
    ['false', false],
    ['true', true],
    ['1', 1],
    ['127.0.0.1, 10.0.0.0/8', '127.0.0.1,10.0.0.0/8'],
    ['::1', '::1'],
  ])('reads TRUST_PROXY=%j as %j (off by default)', (value, expected) => {
    expect(loadConfig(value === undefined ? {} : { TRUST_PROXY: value }, dir).trustProxy).toEqual(expected);
  });

  it('reads every problem at once', () => {
    expect(problemsOf({ PORT: 'x', JWT_SECRET: 'short', LOG_LEVEL: 'loud' })).toHaveLength(3);
  });
});
