import { plainToInstance } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { currencyExponent, isCurrency, minorPerMajor } from '../money/currencies';

export type NodeEnv = 'development' | 'production' | 'test';
export type PaymentsProcessor = 'emulator' | 'stripe';

/** Everything the service reads from its environment, validated once at boot. */
export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  /** Unset: main.ts starts an embedded PostgreSQL under `dataDir` and fills this in. */
  databaseUrl?: string;
  dataDir: string;
  jwtSecret: string;
  jwtTtlSeconds: number;
  adminEmail?: string;
  adminPassword?: string;
  logLevel: string;
  logPretty: boolean;
  /** Unset: logs go to stdout. Set: JSON lines are appended to this file (resolved path). */
  logFile?: string;
  authRateLimitPerMinute: number;
  /** Fastify's `trustProxy`: whom to believe about the client address (`X-Forwarded-For`). */
  trustProxy: boolean | number | string;
  /** `emulator`: main.ts starts the in-repo Stripe emulator and points the SDK at it. */
  paymentsProcessor: PaymentsProcessor;
  /** Unset only with the emulator (main.ts fills it in). */
  stripeSecretKey?: string;
  stripeWebhookSecret: string;
  /** Base URL of a Stripe-compatible API (the emulator); unset means api.stripe.com. */
  stripeApiUrl?: string;
  /** How long one processor call may take before the SDK gives up and retries it (same key). */
  stripeTimeoutMs: number;
  /** Where the code-first schema is written; false keeps it in memory (tests, production). */
  schemaFile: string | false;
  /** How often an idle job worker polls its queue (pg-boss accepts ≥ 500 ms). */
  jobsPollIntervalMs: number;
  /** First retry delay of a failed job, doubled per attempt; 0 retries at once (tests). */
  jobsRetryDelaySeconds: number;
  /** Smallest payout per currency, in minor units (default: 1.00 in major units). */
  payoutMinimums: Record<string, bigint>;
  /** Currencies the scheduled payout run pays, and when (cron, UTC). */
  payoutCurrencies: string[];
  payoutCron: string;
  /** Contractors a payout run pays per transaction (a page). */
  payoutBatchSize: number;
  /** Where the processor's hosted onboarding sends the contractor back to. */
  payoutOnboardingReturnUrl: string;
  /** Days between publishing a rate table that cuts any pay and its taking effect for new tasks. */
  rateCutNoticeDays: number;
}

/** `true`/`false`, a hop count, or addresses/CIDRs (IPv4 or IPv6) separated by commas. */
const TRUST_PROXY = /^(true|false|\d{1,2}|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/;

class EnvironmentVariables {
  @IsOptional() @IsIn(['development', 'production', 'test']) NODE_ENV?: string;
  @IsOptional() @IsInt() @Min(0) @Max(65535) PORT?: number;
  @IsOptional() @IsString() HOST?: string;
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;
  @IsOptional() @IsString() DATA_DIR?: string;
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;
  @IsOptional() @IsInt() @Min(60) @Max(30 * 24 * 3600) JWT_TTL_SECONDS?: number;
  @IsOptional() @IsEmail({}, { message: 'ADMIN_EMAIL must be an email address' }) ADMIN_EMAIL?: string;
  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters' })
  ADMIN_PASSWORD?: string;
  @IsOptional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL?: string;
  @IsOptional() @IsIn(['true', 'false']) LOG_PRETTY?: string;
  @IsOptional() @IsString() LOG_FILE?: string;
  @IsOptional() @IsInt() @Min(1) @Max(100000) AUTH_RATE_LIMIT_PER_MINUTE?: number;
  @IsOptional()
  @Matches(TRUST_PROXY, {
    message:
      'TRUST_PROXY must be true, false, a number of proxy hops or a comma-separated list of addresses/CIDRs',
  })
  TRUST_PROXY?: string;
  @IsOptional()
  @IsIn(['emulator', 'stripe'], { message: 'PAYMENTS_PROCESSOR must be emulator or stripe' })
  PAYMENTS_PROCESSOR?: string;
  @IsOptional()
  @Matches(/^(sk|rk)_(test|live)_/, { message: 'STRIPE_SECRET_KEY must start with sk_test_/sk_live_' })
  STRIPE_SECRET_KEY?: string;
  @IsOptional()
  @Matches(/^whsec_/, { message: 'STRIPE_WEBHOOK_SECRET must start with whsec_' })
  STRIPE_WEBHOOK_SECRET?: string;
  @IsOptional()
  @Matches(/^https?:\/\//, { message: 'STRIPE_API_URL must be an http(s) URL' })
  STRIPE_API_URL?: string;
  @IsOptional() @IsInt() @Min(100) @Max(120_000) STRIPE_TIMEOUT_MS?: number;
  @IsOptional() @IsString() SCHEMA_FILE?: string;
  @IsOptional() @IsInt() @Min(500) @Max(60_000) JOBS_POLL_INTERVAL_MS?: number;
  @IsOptional() @IsInt() @Min(0) @Max(3600) JOBS_RETRY_DELAY_SECONDS?: number;
  @IsOptional()
  @Matches(/^[A-Z]{3}=\d+(\.\d+)?(,[A-Z]{3}=\d+(\.\d+)?)*$/, {
    message: 'PAYOUT_MINIMUMS must look like USD=1.00,JPY=100 (major units)',
  })
  PAYOUT_MINIMUMS?: string;
  @IsOptional()
  @Matches(/^[A-Z]{3}(,[A-Z]{3})*$/, { message: 'PAYOUT_CURRENCIES must look like USD,EUR' })
  PAYOUT_CURRENCIES?: string;
  @IsOptional()
  @Matches(/^\S+( \S+){4}$/, { message: 'PAYOUT_CRON must be a five-field cron expression' })
  PAYOUT_CRON?: string;
  @IsOptional() @IsInt() @Min(1) @Max(5000) PAYOUT_BATCH_SIZE?: number;
  @IsOptional()
  @Matches(/^https?:\/\//, { message: 'PAYOUT_ONBOARDING_RETURN_URL must be an http(s) URL' })
  PAYOUT_ONBOARDING_RETURN_URL?: string;
  @IsOptional() @IsInt() @Min(0) @Max(365) RATE_CUT_NOTICE_DAYS?: number;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

const INT_KEYS = [
  'PORT',
  'JWT_TTL_SECONDS',
  'AUTH_RATE_LIMIT_PER_MINUTE',
  'JOBS_POLL_INTERVAL_MS',
  'JOBS_RETRY_DELAY_SECONDS',
  'STRIPE_TIMEOUT_MS',
  'RATE_CUT_NOTICE_DAYS',
  'PAYOUT_BATCH_SIZE',
] as const;

/** Reads and validates the environment; the only place `process.env` is interpreted. */
export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig {
  const raw: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') raw[k] = v;
  const problems: string[] = [];
  for (const key of INT_KEYS) {
    const value = raw[key];
    if (typeof value !== 'string') continue;
    if (!/^\d+$/.test(value)) problems.push(`${key} must be a whole number (got "${value}")`);
    raw[key] = Number(value);
  }
  const vars = plainToInstance(EnvironmentVariables, raw, { excludeExtraneousValues: false });
  for (const error of validateSync(vars, { skipMissingProperties: false })) {
    if (
      INT_KEYS.includes(error.property as (typeof INT_KEYS)[number]) &&
      problems.some((p) => p.startsWith(error.property))
    )
      continue;
    problems.push(...Object.values(error.constraints ?? {}).map((m) => `${m}`));
  }
  const nodeEnv = (vars.NODE_ENV ?? 'development') as NodeEnv;
  const production = nodeEnv === 'production';
  if (production && !vars.JWT_SECRET) problems.push('JWT_SECRET is required when NODE_ENV=production');
  if (production && !vars.STRIPE_WEBHOOK_SECRET && vars.STRIPE_SECRET_KEY)
    problems.push('STRIPE_WEBHOOK_SECRET is required with STRIPE_SECRET_KEY in production');
  // Production never falls back to the emulator by accident: it must be asked for.
  const paymentsProcessor = (vars.PAYMENTS_PROCESSOR ??
    (vars.STRIPE_SECRET_KEY || production ? 'stripe' : 'emulator')) as PaymentsProcessor;
  if (paymentsProcessor === 'stripe' && !vars.STRIPE_SECRET_KEY)
    problems.push(
      production && !vars.PAYMENTS_PROCESSOR
        ? 'STRIPE_SECRET_KEY is required when NODE_ENV=production (PAYMENTS_PROCESSOR=emulator runs the offline Stripe emulator on purpose)'
        : 'STRIPE_SECRET_KEY is required with PAYMENTS_PROCESSOR=stripe',
    );
  if (paymentsProcessor === 'emulator' && vars.STRIPE_SECRET_KEY)
    problems.push('STRIPE_SECRET_KEY is set but PAYMENTS_PROCESSOR=emulator: unset one of them');
  if (Boolean(vars.ADMIN_EMAIL) !== Boolean(vars.ADMIN_PASSWORD))
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  const payoutMinimums = payoutMinimumsOf(vars.PAYOUT_MINIMUMS, problems);
  if (problems.length > 0) throw new ConfigError(problems);

  const dataDir = resolve(cwd, vars.DATA_DIR ?? '.data');
  return {
    nodeEnv,
    port: vars.PORT ?? 3000,
    host: vars.HOST ?? '0.0.0.0',
    databaseUrl: vars.DATABASE_URL,
    dataDir,
    jwtSecret: vars.JWT_SECRET ?? developmentSecret(dataDir, 'jwt-secret'),
    jwtTtlSeconds: vars.JWT_TTL_SECONDS ?? 12 * 3600,
    // Development without ADMIN_EMAIL: an admin whose generated password sits in the data
    // directory beside the other development secrets, so a fresh clone can be driven at once.
    adminEmail:
      vars.ADMIN_EMAIL?.toLowerCase() ?? (nodeEnv === 'development' ? DEVELOPMENT_ADMIN_EMAIL : undefined),
    adminPassword:
      vars.ADMIN_PASSWORD ??
      (nodeEnv === 'development' ? developmentSecret(dataDir, 'admin-password') : undefined),
    logLevel: vars.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'info'),
    logPretty: vars.LOG_PRETTY
      ? vars.LOG_PRETTY === 'true'
      : nodeEnv === 'development' && process.stdout.isTTY,
    logFile: vars.LOG_FILE ? resolve(cwd, vars.LOG_FILE) : undefined,
    authRateLimitPerMinute: vars.AUTH_RATE_LIMIT_PER_MINUTE ?? 30,
    trustProxy: trustProxyOf(vars.TRUST_PROXY),
    paymentsProcessor,
    stripeSecretKey: vars.STRIPE_SECRET_KEY,
    stripeWebhookSecret:
      vars.STRIPE_WEBHOOK_SECRET ?? developmentSecret(dataDir, 'stripe-webhook-secret', 'whsec_'),
    stripeApiUrl: vars.STRIPE_API_URL,
    stripeTimeoutMs: vars.STRIPE_TIMEOUT_MS ?? 20_000,
    schemaFile: nodeEnv === 'development' ? resolve(cwd, vars.SCHEMA_FILE ?? 'schema.gql') : false,
    jobsPollIntervalMs: vars.JOBS_POLL_INTERVAL_MS ?? 2000,
    jobsRetryDelaySeconds: vars.JOBS_RETRY_DELAY_SECONDS ?? 5,
    payoutMinimums,
    payoutCurrencies: (vars.PAYOUT_CURRENCIES ?? 'USD').split(','),
    payoutCron: vars.PAYOUT_CRON ?? '0 6 * * *',
    payoutBatchSize: vars.PAYOUT_BATCH_SIZE ?? 500,
    payoutOnboardingReturnUrl:
      vars.PAYOUT_ONBOARDING_RETURN_URL ?? `http://localhost:${vars.PORT ?? 3000}/payouts/onboarding`,
    rateCutNoticeDays: vars.RATE_CUT_NOTICE_DAYS ?? 14,
  };
}

/** `USD=5.00,JPY=500` in major units → minor units, exactly (no floats). */
function payoutMinimumsOf(value: string | undefined, problems: string[]): Record<string, bigint> {
  const out: Record<string, bigint> = {};
  if (!value) return out;
  for (const pair of value.split(',')) {
    const [code, amount] = pair.split('=');
    if (!isCurrency(code)) {
      problems.push(`PAYOUT_MINIMUMS: ${code} is not a known currency`);
      continue;
    }
    const [whole, fraction = ''] = amount.split('.');
    const exponent = currencyExponent(code);
    if (fraction.length > exponent) {
      problems.push(`PAYOUT_MINIMUMS: ${code} has ${exponent} decimal places`);
      continue;
    }
    const minor = BigInt(whole) * minorPerMajor(code) + BigInt(fraction.padEnd(exponent, '0') || '0');
    if (minor <= 0n) problems.push(`PAYOUT_MINIMUMS: the ${code} minimum must be above zero`);
    else out[code] = minor;
  }
  return out;
}

function trustProxyOf(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value.replace(/\s+/g, '');
}

/** The development admin's address; its password is `DATA_DIR/admin-password`. */
export const DEVELOPMENT_ADMIN_EMAIL = 'admin@fairsample.test';

/** Development only: a random secret generated once and kept under the data directory. */
function developmentSecret(dataDir: string, name: string, prefix = ''): string {
  const file = join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, 0o755);
  const secret = prefix + randomBytes(32).toString('hex');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}
