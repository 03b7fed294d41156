/**
 * What the finance commands (payouts.ts, reconcile.ts) share: the application's modules booted
 * without HTTP against the configured database and processor, argument parsing with --help, and
 * a progress line on stderr.
 */
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { parseArgs, ParseArgsConfig } from 'node:util';
import { AppModule } from '../src/app.module';
import { ConfigError, loadConfig } from '../src/core/config/app-config';

export function parseCli(
  usage: string,
  options: NonNullable<ParseArgsConfig['options']>,
): Record<string, string | boolean | undefined> {
  try {
    const { values } = parseArgs({
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
    });
    if (values.help) {
      console.log(usage.trim());
      process.exit(0);
    }
    return values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage.trim()}`);
    process.exit(2);
  }
}

export const ENVIRONMENT_HELP = `
Environment: DATABASE_URL (required) and the processor: STRIPE_SECRET_KEY (Stripe), or
STRIPE_API_URL pointing at a running Stripe emulator (e.g. the one npm start runs).`;

/** The application's services, without an HTTP server. Job workers run too, so transfers
 * enqueued by a payout run start at once; closing waits for running jobs. */
export async function bootApp(): Promise<INestApplicationContext> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  if (!config.databaseUrl) {
    console.error('DATABASE_URL is required');
    process.exit(2);
  }
  if (!config.stripeSecretKey) {
    if (!config.stripeApiUrl) {
      console.error('Set STRIPE_SECRET_KEY, or STRIPE_API_URL to a running Stripe emulator');
      process.exit(2);
    }
    config = { ...config, stripeSecretKey: 'sk_test_fairsample_emulator' };
  }
  return NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
}

/**
 * A one-line progress bar on stderr (redrawn in place on a terminal, a line per 10 % otherwise).
 * Small on purpose; the maintained `cli-progress` package can replace it behind this interface.
 */
export class Progress {
  private lastDecile = -1;
  private readonly started = Date.now();

  constructor(private readonly label: string) {}

  update(done: number, total: number | null, extra = ''): void {
    const elapsed = (Date.now() - this.started) / 1000;
    const rate = elapsed > 0 ? Math.round(done / elapsed) : 0;
    const width = 30;
    const fraction = total ? Math.min(1, done / total) : 0;
    const bar = total ? '█'.repeat(Math.round(fraction * width)).padEnd(width, '░') : '';
    const line = `${this.label} ${bar} ${done}${total ? `/${total}` : ''} (${rate}/s) ${extra}`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line.padEnd(100)}`);
    else {
      const decile = Math.floor(fraction * 10);
      if (decile !== this.lastDecile) {
        this.lastDecile = decile;
        process.stderr.write(`${line}\n`);
      }
    }
  }

  done(): void {
    if (process.stderr.isTTY) process.stderr.write('\n');
  }
}
