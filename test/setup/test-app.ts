import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { Client, type QueryResultRow } from 'pg';
import { createApp } from '../../src/bootstrap';
import { AppConfig, loadConfig } from '../../src/core/config/app-config';
import { StripeEmulator } from '../../src/stripe-emulator';
import { TEMPLATE_DB, withDatabase } from './db-url';

export interface GqlResult<T = any> {
  status: number;
  data: T;
  errors?: {
    message: string;
    path?: string[];
    extensions: { code: string; reason?: string; [k: string]: unknown };
  }[];
}

export interface TestApp {
  app: NestFastifyApplication;
  url: string;
  databaseUrl: string;
  config: AppConfig;
  /** The Stripe emulator this app talks to over HTTP, delivering webhooks to it. */
  stripe: StripeEmulator;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  /** A query on the test's own database (assertions about rows written or not). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** Clones the migrated template into a database of this test file's own and boots the app on it. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const serverUrl = process.env.TEST_PG_SERVER_URL!;
  const dbName = `t_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName} TEMPLATE ${TEMPLATE_DB}`);
  await admin.end();
  const databaseUrl = withDatabase(serverUrl, dbName);
  const stripe = await StripeEmulator.start({ delivery: { retryDelaysMs: [20, 50, 100, 200] } });
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789',
    STRIPE_WEBHOOK_SECRET: 'whsec_test_secret',
    STRIPE_SECRET_KEY: 'sk_test_fairsample',
    STRIPE_API_URL: stripe.url,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    ...env,
  });
  const app = await createApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  stripe.setWebhook({ url: `${url}/webhooks/stripe`, secret: config.stripeWebhookSecret });
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();

  return {
    app,
    url,
    databaseUrl,
    config,
    stripe,
    async gql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>> {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: GqlResult['errors'] };
      return { status: res.status, data: body.data as T, errors: body.errors };
    },
    async sql<T>(text: string, params?: unknown[]) {
      return (await db.query<T & QueryResultRow>(text, params)).rows;
    },
    async close() {
      await db.end();
      await stripe.flushWebhooks().catch(() => undefined);
      await app.close();
      await settleJobWorkers();
      await stripe.close();
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await c.end();
    },
  };
}

let counter = 0;
export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${process.pid}-${++counter}-${randomBytes(3).toString('hex')}@example.com`;
}

export const PASSWORD = 'correct-horse-battery';

export async function registerUser(
  t: TestApp,
  role: 'REQUESTER' | 'CONTRACTOR',
  extra: { organizationName?: string; email?: string } = {},
): Promise<{ token: string; id: string; email: string }> {
  const email = extra.email ?? uniqueEmail(role.toLowerCase());
  const r = await t.gql<{ register: { token: string; user: { id: string } } }>(
    `mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }`,
    {
      input: {
        email,
        password: PASSWORD,
        displayName: `${role} user`,
        role,
        organizationName: role === 'REQUESTER' ? (extra.organizationName ?? `Org ${email}`) : undefined,
      },
    },
  );
  if (r.errors) throw new Error(`register failed: ${JSON.stringify(r.errors)}`);
  return { token: r.data.register.token, id: r.data.register.user.id, email };
}

/**
 * pg-boss's stop() resolves while a fire-and-forget loop of its own still waits (1 s delays) for
 * the stopped workers to report; that loop's next `require('node:timers/promises')` would run
 * after Jest tore the test file down and fail the suite. Waiting out one of its delays lets it end.
 */
export function settleJobWorkers(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 1100));
}
