/**
 * What the finance commands (payouts.ts, reconcile.ts) share: the application's modules booted
 * without HTTP against the configured database and processor, argument parsing with --help, and
 * a progress bar on stderr.
 */
import { INestApplicationContext } from '@nestjs/common';
import { Presets, SingleBar } from 'cli-progress';
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
 * Progress on stderr, drawn by the maintained `cli-progress`: on a terminal a bar redrawn in
 * place; otherwise (a log, a pipe, CI) a plain line at the start, every few seconds and at the end.
 */
export class Progress {
  private readonly bar: SingleBar;
  private started = false;
  private readonly startedAt = Date.now();

  constructor(label: string, stream: NodeJS.WriteStream = process.stderr) {
    const tty = stream.isTTY === true;
    this.bar = new SingleBar(
      {
        format: tty
          ? `${label} [{bar}] {value}/{total} {percentage}% | {rate}/s | eta {eta_formatted} {extra}`
          : `${label} {value}/{total} ({percentage}%) {rate}/s {extra}`,
        stream,
        hideCursor: tty,
        noTTYOutput: true,
        notTTYSchedule: 2000,
        gracefulExit: true,
      },
      Presets.shades_classic,
    );
  }

  update(done: number, total: number | null, extra = ''): void {
    const elapsed = (Date.now() - this.startedAt) / 1000;
    const payload = { rate: elapsed > 0 ? Math.round(done / elapsed) : 0, extra };
    if (!this.started) {
      this.started = true;
      this.bar.start(total ?? done, done, payload);
      return;
    }
    if (total !== null) this.bar.setTotal(total);
    this.bar.update(done, payload);
  }

  done(): void {
    if (this.started) this.bar.stop();
  }
}
