import { join } from 'node:path';
import pino from 'pino';
import { createApp } from './bootstrap';
import { AppConfig, ConfigError, loadConfig } from './core/config/app-config';
import { lockDataDir } from './core/database/data-dir-lock';
import { StartRefusal } from './core/database/start-refusal';

/**
 * Entry point of `npm start`. Without DATABASE_URL it starts an embedded PostgreSQL under
 * `.data/pg` (stopped again on SIGTERM/SIGINT, after the app has closed).
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const log = pino({ level: config.logLevel, base: { context: 'Bootstrap' } });
  const started = Date.now();
  const stops: Stops = [];

  let emulator: Awaited<ReturnType<typeof startServices>>['emulator'];
  let app;
  try {
    ({ config, emulator } = await startServices(config, log, stops));
    app = await createApp(config);
  } catch (error) {
    for (const { stop } of stops) await stop().catch(() => undefined);
    throw error;
  }
  stops.unshift({ name: 'app', stop: () => app.close() });
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received: closing the app, then the embedded services`);
    void (async () => {
      for (const { name, stop } of stops) {
        const t0 = Date.now();
        await stop().catch((err: unknown) => log.error({ err }, `error while stopping the ${name}`));
        log.info(`${name} stopped in ${Date.now() - t0} ms`);
      }
      process.exit(0);
    })();
  };
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => shutdown(signal));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    // Stop what was started (the embedded PostgreSQL above all) instead of leaving it orphaned.
    for (const { stop } of stops) await stop().catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new StartRefusal(
        `port ${config.port} on ${config.host} is in use: stop what holds it, or set PORT`,
        75,
      );
    throw error;
  }
  if (emulator && config.port === 0) {
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    emulator.setWebhook({
      url: `http://127.0.0.1:${port}/webhooks/stripe`,
      secret: config.stripeWebhookSecret,
    });
  }
  log.info(
    `Fairsample listening on http://localhost:${config.port}/graphql (ready in ${Date.now() - started} ms)`,
  );
}

type Stops = { name: string; stop: () => Promise<void> }[];

/** The data directory lock, the embedded PostgreSQL and the Stripe emulator, as configured; each
 * registers how to stop it in `stops` (first to stop first). */
async function startServices(config: AppConfig, log: pino.Logger, stops: Stops) {
  if (!config.databaseUrl || config.paymentsProcessor === 'emulator') {
    // The embedded database and the emulator's state in DATA_DIR belong to one instance at a time.
    const lock = lockDataDir(config.dataDir);
    stops.push({ name: 'data directory lock', stop: () => Promise.resolve(lock.release()) });
  }

  if (!config.databaseUrl) {
    // Loaded lazily: the embedded database must stay out of everything AppModule imports.
    const { startEmbeddedPostgres } = await import('./core/database/embedded-postgres.js');
    const db = await startEmbeddedPostgres({
      dataDir: join(config.dataDir, 'pg'),
      log: (line) => log.debug({ context: 'EmbeddedPostgres' }, line),
    });
    stops.unshift({ name: 'embedded PostgreSQL', stop: () => db.stop() });
    config = { ...config, databaseUrl: db.url };
    log.info(`embedded PostgreSQL ready on port ${db.port} (data in ${join(config.dataDir, 'pg')})`);
  }

  let emulator: { setWebhook(e: { url: string; secret: string }): void } | undefined;
  if (config.paymentsProcessor === 'emulator') {
    // Offline by default outside production: the official SDK talks to the in-repo Stripe emulator.
    if (config.nodeEnv === 'production')
      log.warn(
        'PAYMENTS_PROCESSOR=emulator in production: payments go to the offline Stripe emulator, no money moves',
      );
    const { StripeEmulator } = await import('./stripe-emulator/index.js');
    const started = await StripeEmulator.start({
      logger: (line) => log.debug({ context: 'StripeEmulator' }, line),
      // Its objects must outlive a restart: the organisations' customer ids are in the database.
      stateDir: join(config.dataDir, 'stripe-emulator'),
      // Known before the app listens, so events from work done while booting (and those a previous
      // run had not delivered) are retried until the app answers instead of being dropped.
      webhook:
        config.port === 0
          ? undefined
          : { url: `http://127.0.0.1:${config.port}/webhooks/stripe`, secret: config.stripeWebhookSecret },
    });
    stops.unshift({ name: 'Stripe emulator', stop: () => started.close() });
    emulator = started;
    config = { ...config, stripeSecretKey: 'sk_test_fairsample_emulator', stripeApiUrl: started.url };
    log.info(`Stripe emulator ready at ${started.url} (set STRIPE_SECRET_KEY to use Stripe itself)`);
  }

  return { config, emulator };
}

main().catch((error: unknown) => {
  if (error instanceof StartRefusal) {
    process.stderr.write(`Fairsample cannot start: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  process.stderr.write(
    `Fairsample failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
