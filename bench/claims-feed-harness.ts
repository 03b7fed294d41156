/**
 * What the claims and feed benchmarks share: the built app (dist/) in its own process on an
 * embedded PostgreSQL this process starts (so it can seed it directly with SQL), tokens signed
 * with the app's own TokenService, and a closed-loop HTTP load generator with keep-alive.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import type { AppConfig } from '../src/core/config/app-config';
import { TokenService } from '../src/core/auth/token.service';
import { startEmbeddedPostgres } from '../src/core/database/embedded-postgres';
import { BENCH_JWT_SECRET, startBuiltApp } from './support/app-process';
import { postmasterPid } from './support/cpu';

export interface Stack {
  port: number;
  databaseUrl: string;
  sql: Client;
  /** The app's process id and the PostgreSQL postmaster's, for CPU per request. */
  pids: { app: number; postmaster: number };
  /** A session token; the role and organisation come from the user's row on each request. */
  token(userId: string): Promise<string>;
  stop(): Promise<void>;
}

/** `nodeArgs` go to the app's node (e.g. `--cpu-prof`); `env` adds to or overrides its environment. */
export async function startStack(nodeArgs: string[] = [], env: Record<string, string> = {}): Promise<Stack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fairsample-bench-'));
  chmodSync(dataDir, 0o755);
  const pgDir = join(dataDir, 'pg');
  const db = await startEmbeddedPostgres({ dataDir: pgDir, persistent: false });
  const app = await startBuiltApp({ DATABASE_URL: db.url, ...env }, nodeArgs).catch(
    async (error: unknown) => {
      await db.stop();
      throw error;
    },
  );
  const sql = new Client({ connectionString: db.url });
  await sql.connect();
  const tokens = new TokenService({ jwtSecret: BENCH_JWT_SECRET, jwtTtlSeconds: 3600 } as AppConfig);
  return {
    port: app.port,
    databaseUrl: db.url,
    sql,
    pids: { app: app.pid, postmaster: postmasterPid(pgDir) },
    // Access (role, organisation) is read from the database; a token names the user and its version.
    token: (userId) => tokens.sign({ userId, tokenVersion: 0 }),
    async stop() {
      await sql.end();
      await app.stop();
      await db.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function post(
  agent: Agent,
  port: number,
  body: string,
  token?: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

/**
 * `concurrency` loops, each running `call` back to back for `durationMs`; `call` says whether
 * the operation did what was asked (false counts as an error).
 */
export async function closedLoop(
  concurrency: number,
  durationMs: number,
  call: (worker: number) => Promise<boolean>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + durationMs;
  const worker = async (w: number) => {
    while (performance.now() < end) {
      const t0 = performance.now();
      const ok = await call(w);
      latencies.push(performance.now() - t0);
      if (!ok) errors++;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
  return {
    requests: latencies.length,
    perSecond: Math.round(latencies.length / seconds),
    p50Ms: Math.round(pct(0.5) * 100) / 100,
    p99Ms: Math.round(pct(0.99) * 100) / 100,
    errors,
  };
}

/** A requester organisation and user, and the current rate table, for seeding tasks by SQL. */
export async function seedRequester(sql: Client) {
  const [org] = (
    await sql.query<{ id: string }>(`INSERT INTO organizations (name) VALUES ('Bench Lab') RETURNING id`)
  ).rows;
  const [user] = (
    await sql.query<{ id: string }>(
      `INSERT INTO users (email, password_hash, display_name, role, organization_id)
       VALUES ('lab@bench.example', 'x', 'Lab', 'REQUESTER', $1) RETURNING id`,
      [org.id],
    )
  ).rows;
  const [table] = (
    await sql.query<{ id: string; version: string }>(
      `SELECT id, version FROM rate_tables WHERE published_at IS NOT NULL ORDER BY published_at DESC LIMIT 1`,
    )
  ).rows;
  return { orgId: org.id, userId: user.id, rateTableId: table.id, rateTableVersion: table.version };
}

/** Contractors with a profile (country, languages, occupations with their SOC lineage) and consent. */
export async function seedContractors(
  sql: Client,
  n: number,
  pick: (i: number) => {
    country: string;
    languages: string[];
    occupations: [string, number][];
    consent: boolean;
  },
): Promise<string[]> {
  const parents = new Map(
    (
      await sql.query<{ code: string; parent_code: string | null }>(
        `SELECT code, parent_code FROM professions`,
      )
    ).rows.map((r) => [r.code, r.parent_code]),
  );
  const lineage = (code: string) => {
    const out: string[] = [];
    for (let c: string | null | undefined = code; c; c = parents.get(c)) out.push(c);
    return out;
  };
  const ids = (
    await sql.query<{ id: string }>(
      `INSERT INTO users (email, password_hash, display_name, role)
       SELECT 'contractor-' || i || '@bench.example', 'x', 'Contractor', 'CONTRACTOR'
       FROM generate_series(1, $1) i RETURNING id`,
      [n],
    )
  ).rows.map((r) => r.id);
  const specs = ids.map((_, i) => pick(i));
  await sql.query(
    `INSERT INTO contractor_profiles (user_id, country_code, languages)
     SELECT id, country, ARRAY(SELECT jsonb_array_elements_text(langs))
     FROM unnest($1::uuid[], $2::text[], $3::jsonb[]) AS x(id, country, langs)`,
    [ids, specs.map((s) => s.country), specs.map((s) => JSON.stringify(s.languages))],
  );
  const occ = ids.flatMap((id, i) =>
    specs[i].occupations.map(([code, years]) => ({ id, code, years, anc: lineage(code) })),
  );
  await sql.query(
    `INSERT INTO contractor_occupations (user_id, profession_code, years_experience, ancestors)
     SELECT id, code, years, ARRAY(SELECT jsonb_array_elements_text(anc))
     FROM unnest($1::uuid[], $2::text[], $3::int[], $4::jsonb[]) AS x(id, code, years, anc)`,
    [
      occ.map((o) => o.id),
      occ.map((o) => o.code),
      occ.map((o) => o.years),
      occ.map((o) => JSON.stringify(o.anc)),
    ],
  );
  await sql.query(
    `INSERT INTO consents (user_id, terms_version, purposes)
     SELECT id, '2026-11', ARRAY['model-training','model-evaluation','research'] FROM unnest($1::uuid[]) id`,
    [ids.filter((_, i) => specs[i].consent)],
  );
  return ids;
}

/** A deterministic generator, so every run seeds the same world. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
