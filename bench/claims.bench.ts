/**
 * claimTask throughput on one hot task (every request takes a slot of the same task, the worst
 * case for the slot row lock): 50 concurrent HTTP clients, each a contractor of its own, against
 * the raw-SQL claim — the same three statements (counter, conditional slot UPDATE, claim row)
 * over 50 direct connections, without HTTP, auth, eligibility or the expiry job — as the ceiling.
 */
import { Agent } from 'node:http';
import { Client } from 'pg';
import { closedLoop, post, seedContractors, seedRequester, startStack } from './claims-feed-harness';

const CONNECTIONS = 50;
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000);
const TARGET = { ratioOfRaw: 0.35, p99Ms: 50 };
const SLOTS = 100_000;

async function main(): Promise<number> {
  const stack = await startStack();
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const raw: Client[] = [];
  try {
    const { sql } = stack;
    const lab = await seedRequester(sql);
    const ids = await seedContractors(sql, CONNECTIONS, () => ({
      country: 'US',
      languages: ['en'],
      occupations: [['43-4051', 5]],
      consent: true,
    }));
    const newTask = async () =>
      (
        await sql.query<{ id: string }>(
          `INSERT INTO tasks (organization_id, created_by, title, instructions, profession_code, artifact_kind,
             tier, currency, slots, slots_remaining, max_per_contractor, claim_time_limit_minutes,
             review_window_hours, consent_terms_version, purposes, retention_days, status, price_per_sample,
             platform_fee, requester_cost, rate_table_id, rate_table_version, estimated_minutes, price_locked_at,
             published_at)
           VALUES ($1, $2, 'Hot task', 'Paste a reply.', '43-4051', 'SUPPORT_REPLY', 'STANDARD', 'USD', $5, $5, $5,
             60, 72, '2026-11', ARRAY['model-training'], 365, 'OPEN', 2000, 400, 2400, $3, $4, 30, now(), now())
           RETURNING id`,
          [lab.orgId, lab.userId, lab.rateTableId, lab.rateTableVersion, SLOTS],
        )
      ).rows[0].id;
    const tokens = await Promise.all(ids.map((id) => stack.token(id)));

    // Raw SQL ceiling.
    for (let i = 0; i < CONNECTIONS; i++) {
      const c = new Client({ connectionString: stack.databaseUrl });
      await c.connect();
      raw.push(c);
    }
    const rawTask = await newTask();
    const rawClaim = async (w: number) => {
      const c = raw[w];
      await c.query('BEGIN');
      try {
        await c.query(
          `INSERT INTO claim_counters (task_id, contractor_id, max_per_contractor, held) VALUES ($1, $2, $3, 1)
           ON CONFLICT (task_id, contractor_id) DO UPDATE SET held = claim_counters.held + 1
             WHERE claim_counters.held < claim_counters.max_per_contractor`,
          [rawTask, ids[w], SLOTS],
        );
        await c.query(
          `INSERT INTO claims (task_id, contractor_id, expires_at) VALUES ($1, $2, now() + interval '60 minutes')`,
          [rawTask, ids[w]],
        );
        // Slot last, as claimTask does: the hot row is locked from here to the commit.
        const r = await c.query(
          `UPDATE tasks SET slots_remaining = slots_remaining - 1, updated_at = now()
           WHERE id = $1 AND status = 'OPEN' AND slots_remaining > 0 RETURNING id`,
          [rawTask],
        );
        if (r.rowCount !== 1) throw new Error('no slot');
        await c.query('COMMIT');
        return true;
      } catch {
        await c.query('ROLLBACK');
        return false;
      }
    };
    await closedLoop(CONNECTIONS, 1000, rawClaim); // warm-up
    const rawResult = await closedLoop(CONNECTIONS, DURATION_MS, rawClaim);

    const httpTask = await newTask();
    const body = JSON.stringify({
      query: `mutation($id: ID!) { claimTask(taskId: $id) { id status expiresAt } }`,
      variables: { id: httpTask },
    });
    const httpClaim = async (w: number) => {
      const r = await post(agent, stack.port, body, tokens[w]);
      return r.status === 200 && r.text.includes('"ACTIVE"');
    };
    await closedLoop(CONNECTIONS, 1000, httpClaim); // warm-up
    const http = await closedLoop(CONNECTIONS, DURATION_MS, httpClaim);

    const [check] = (
      await sql.query<{ slots_remaining: number; claims: number }>(
        `SELECT t.slots_remaining, (SELECT count(*)::int FROM claims WHERE task_id = t.id) AS claims
         FROM tasks t WHERE t.id = $1`,
        [httpTask],
      )
    ).rows;
    const ratio = Math.round((http.perSecond / rawResult.perSecond) * 100) / 100;
    const failures: string[] = [];
    if (http.errors > 0 || rawResult.errors > 0)
      failures.push(`errors: http ${http.errors}, raw ${rawResult.errors}`);
    if (check.slots_remaining + check.claims !== SLOTS)
      failures.push(`slots and claims disagree: ${JSON.stringify(check)}`);
    if (ratio < TARGET.ratioOfRaw) failures.push(`http/raw ${ratio} < ${TARGET.ratioOfRaw}`);
    if (http.p99Ms > TARGET.p99Ms) failures.push(`http p99 ${http.p99Ms} ms > ${TARGET.p99Ms}`);
    console.log(
      JSON.stringify({
        bench: 'claims',
        connections: CONNECTIONS,
        durationMs: DURATION_MS,
        raw: rawResult,
        http,
        ratio,
        target: TARGET,
        ok: failures.length === 0,
        failures,
      }),
    );
    return failures.length === 0 ? 0 : 1;
  } finally {
    for (const c of raw) await c.end();
    agent.destroy();
    await stack.stop();
  }
}

if (require.main === module)
  main().then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
