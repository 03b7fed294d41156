import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuiltApp, startBuiltApp } from '../support/built-app';

const ROOT = join(__dirname, '..', '..');

/** `npm run demo` exactly as the README's quick start runs it: its exit code and its output. */
function runDemo(args: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', 'demo', '--', ...args],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
        timeout: 240_000,
        maxBuffer: 10 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, out: `${stdout}${stderr}` });
      },
    );
  });
}

/**
 * The demo against the built app (dist/, as `npm start` runs it) with nothing set up beforehand:
 * it signs in as the development admin (password read from the app's data directory), plays the
 * whole story over GraphQL and HTTP and exits 0 — or names the step that failed.
 */
describe('npm run demo', () => {
  let app: BuiltApp;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'fairsample-demo-'));
    app = await startBuiltApp({ DATA_DIR: dataDir, JOBS_POLL_INTERVAL_MS: '500' });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs the whole story to the end against a running server', async () => {
    const { code, out } = await runDemo(['--url', `${app.url}/graphql`], { DATA_DIR: dataDir });
    expect({ code, tail: out.split('\n').slice(-30).join('\n') }).toEqual({
      code: 0,
      tail: expect.stringContaining('The demo ran to the end.') as string,
    });
    for (const step of [
      'prices a sample from the published rate table',
      'funds and publishes a task',
      'sizes the audience',
      'personal data found: EMAIL',
      'redacted only',
      'disputed and upheld',
      'payouts enabled',
      'PAID',
      'transfer tr_',
      '0 mismatches',
      'trial balance USD',
      '.jsonl: 2 samples',
      'datacard.md',
      'Final balances',
    ])
      expect(out).toContain(step);
    expect(out).not.toContain('maria.lopez@example.com'); // only the redacted text is ever shown
  }, 300_000);

  it('fails with the step named when the server is not there', async () => {
    const { code, out } = await runDemo(['--url', 'http://127.0.0.1:9/graphql', '--timeout', '5'], {
      DATA_DIR: dataDir,
    });
    expect(code).toBe(1);
    expect(out).toMatch(/DEMO FAILED at step 1 \(The server is up\): cannot reach/);
  }, 60_000);
});
