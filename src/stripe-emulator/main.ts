/**
 * Standalone Stripe emulator: `node dist/src/stripe-emulator/main.js`.
 * STRIPE_EMULATOR_PORT (default 12111), STRIPE_WEBHOOK_URL and STRIPE_WEBHOOK_SECRET (both or
 * neither), STRIPE_EMULATOR_HOST (default 127.0.0.1), STRIPE_EMULATOR_STATE_DIR (keep the state
 * there across restarts; default memory only).
 */
import { StripeEmulator } from './index';

function fail(message: string): never {
  process.stderr.write(`stripe-emulator: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const rawPort = process.env.STRIPE_EMULATOR_PORT ?? '12111';
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`STRIPE_EMULATOR_PORT is not a port: ${rawPort}`);
  const url = process.env.STRIPE_WEBHOOK_URL;
  const secret = process.env.STRIPE_WEBHOOK_SECRET;
  if (!!url !== !!secret) fail('set both STRIPE_WEBHOOK_URL and STRIPE_WEBHOOK_SECRET, or neither');
  if (url) {
    try {
      new URL(url);
    } catch {
      fail(`STRIPE_WEBHOOK_URL is not a URL: ${url}`);
    }
  }
  const emulator = await StripeEmulator.start({
    port,
    host: process.env.STRIPE_EMULATOR_HOST ?? '127.0.0.1',
    webhook: url && secret ? { url, secret } : undefined,
    stateDir: process.env.STRIPE_EMULATOR_STATE_DIR || undefined,
    logger: (line) => process.stdout.write(`${new Date().toISOString()} ${line}\n`),
  });
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`stripe-emulator: ${signal}, stopping\n`);
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
