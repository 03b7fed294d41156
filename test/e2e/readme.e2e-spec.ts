import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BuiltApp, startBuiltApp } from '../support/built-app';

/**
 * Every example in README.md runs as pasted. Each ```sh/```bash/```graphql fence must be preceded
 * by one marker comment:
 *   <!-- example: run -->               a shell example, run with bash against the started app
 *                                       (only `localhost:3000` becomes the app's address); every
 *                                       curl in it must get HTTP 2xx and a body without GraphQL
 *                                       errors
 *   <!-- example: run as REQUESTER -->  a GraphQL document, sent by a freshly signed-in user of
 *                                       that role (REQUESTER, CONTRACTOR or ADMIN); no errors
 *   <!-- example: skip: <why> -->       not run here (installs, Docker, the project's own scripts)
 * A fence without a marker fails the test, so a new example cannot go untested by accident.
 */
const README = join(__dirname, '..', '..', 'README.md');
const EXAMPLE_LANGS = new Set(['sh', 'bash', 'shell', 'graphql', 'gql']);
const ADMIN = { email: 'readme-admin@fairsample.test', password: 'readme-admin-password' };

interface Example {
  line: number;
  lang: string;
  code: string;
  marker: string | undefined;
}

function examplesOf(markdown: string): Example[] {
  const lines = markdown.split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    if (end < 0) throw new Error(`README.md:${i + 1}: unclosed fence`);
    let k = i - 1;
    while (k >= 0 && lines[k].trim() === '') k--;
    const marker = /^<!-- example: (.+?) -->$/.exec(lines[k]?.trim() ?? '')?.[1];
    if (EXAMPLE_LANGS.has(open[1]))
      out.push({ line: i + 1, lang: open[1], code: lines.slice(i + 1, end).join('\n'), marker });
    i = end;
  }
  return out;
}

const examples = examplesOf(readFileSync(README, 'utf8'));
const label = (e: Example) => `README.md:${e.line} (${e.lang})`;

describe('README examples', () => {
  it('are all marked run or skip', () => {
    const unmarked = examples.filter((e) => !/^(run( as [A-Z]+)?|skip: .+)$/.test(e.marker ?? '')).map(label);
    expect(unmarked).toEqual([]);
    expect(examples.filter((e) => e.marker?.startsWith('run')).length).toBeGreaterThan(0);
  });

  describe('run against the built app', () => {
    let app: BuiltApp;
    let workDir: string;
    beforeAll(async () => {
      app = await startBuiltApp({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
      workDir = mkdtempSync(join(tmpdir(), 'fairsample-readme-'));
    });
    afterAll(async () => {
      await app?.stop();
      rmSync(workDir, { recursive: true, force: true });
    });

    async function gql<T = unknown>(query: string, variables?: Record<string, unknown>, token?: string) {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as { data?: T; errors?: unknown[] } };
    }

    async function tokenFor(role: string, n: number): Promise<string> {
      if (role === 'ADMIN') {
        const r = await gql<{ login: { token: string } }>(
          `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
          {
            e: ADMIN.email,
            p: ADMIN.password,
          },
        );
        if (!r.body.data) throw new Error(`login: ${JSON.stringify(r.body)}`);
        return r.body.data.login.token;
      }
      const email = `readme-${role.toLowerCase()}-${n}@example.com`;
      const r = await gql<{ register: { token: string } }>(
        `mutation($input: RegisterInput!) { register(input: $input) { token } }`,
        {
          input: {
            email,
            password: 'correct-horse-battery',
            displayName: `README ${role}`,
            role,
            organizationName: role === 'REQUESTER' ? `README lab ${n}` : undefined,
          },
        },
      );
      if (!r.body.data) throw new Error(`register ${role}: ${JSON.stringify(r.body)}`);
      return r.body.data.register.token;
    }

    const runnable = examples.filter((e) => e.marker?.startsWith('run'));
    it.each(runnable.map((e, n) => [label(e), e, n] as const))('%s', async (_label, e, n) => {
      if (e.lang === 'graphql' || e.lang === 'gql') {
        const role = /^run as ([A-Z]+)$/.exec(e.marker!)?.[1];
        const r = await gql(e.code, undefined, role ? await tokenFor(role, n) : undefined);
        expect({ status: r.status, errors: r.body.errors }).toEqual({ status: 200, errors: undefined });
        expect(r.body.data).toBeTruthy();
        return;
      }
      // Each curl's body goes to the log too (one line per call); --fail-with-body turns a non-2xx
      // answer into a failed script.
      const log = join(workDir, `curl-${n}.log`);
      writeFileSync(log, '');
      const script = [
        'set -euo pipefail',
        `curl() { command curl --fail-with-body "$@" | tee -a '${log}'; echo >> '${log}'; }`,
        e.code.replaceAll('localhost:3000', `127.0.0.1:${app.port}`),
      ].join('\n');
      const { stdout } = await promisify(execFile)('bash', ['-c', script], { timeout: 30_000 });
      const bodies = readFileSync(log, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as { data?: unknown; errors?: unknown[] });
      expect(bodies.length).toBe((e.code.match(/\bcurl\b/g) ?? []).length);
      for (const body of bodies)
        expect({ errors: body.errors, hasData: body.data !== null && body.data !== undefined }).toEqual({
          errors: undefined,
          hasData: true,
        });
      expect(stdout.length).toBeGreaterThan(0);
    });
  });
});
