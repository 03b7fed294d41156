import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import Stripe from 'stripe';

const ROOT = join(__dirname, '../..');

function startCli(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
} {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', 'src/stripe-emulator/main.ts'],
    {
      cwd: ROOT,
      env, // only what the test sets: the CLI must not depend on anything else
    },
  );
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exit };
}

async function waitFor(check: () => RegExpMatchArray | null, ms: number): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms;
  for (;;) {
    const m = check();
    if (m) return m;
    if (Date.now() > deadline) throw new Error('timed out waiting for the CLI');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('stripe-emulator CLI (main.ts)', () => {
  jest.setTimeout(30_000);

  it('serves the API on the configured port and stops cleanly on SIGTERM', async () => {
    const cli = startCli({ STRIPE_EMULATOR_PORT: '0' });
    try {
      const [, port] = await waitFor(
        () => /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(cli.output()),
        20_000,
      );
      const stripe = new Stripe('sk_test_cli', { host: '127.0.0.1', port: Number(port), protocol: 'http' });
      const customer = await stripe.customers.create({ email: 'cli@example.com' });
      expect(customer.id).toMatch(/^cus_/);
      const health = await fetch(`http://127.0.0.1:${port}/_emulator/health`);
      expect(await health.json()).toEqual({ ok: true });
      cli.child.kill('SIGTERM');
      expect(await cli.exit).toBe(0);
      expect(cli.output()).toContain('SIGTERM, stopping');
    } finally {
      if (cli.child.exitCode === null) cli.child.kill('SIGKILL');
    }
  });

  it('fails fast on a half-configured webhook', async () => {
    const cli = startCli({ STRIPE_EMULATOR_PORT: '0', STRIPE_WEBHOOK_URL: 'http://127.0.0.1:1/hook' });
    expect(await cli.exit).toBe(1);
    expect(cli.output()).toContain('set both STRIPE_WEBHOOK_URL and STRIPE_WEBHOOK_SECRET');
  });
});
