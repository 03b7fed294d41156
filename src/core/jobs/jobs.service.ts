import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Connection, isTimestampUuid, parsePage, toConnection } from '../pagination/cursor';
import { jobNotFound, jobNotFailed } from './jobs.errors';
import { JOBS_SCHEMA } from './jobs-schema';

export interface EnqueueOptions {
  /** At most one job per key and queue: enqueueing the same key again returns null. */
  singletonKey?: string;
  startAfter?: Date;
  retryLimit?: number;
}

export interface JobHandlerOptions {
  /** Retries after the first attempt before the job is dead-lettered (default 8). */
  retryLimit?: number;
  /** First retry delay (default JOBS_RETRY_DELAY_SECONDS), doubled per attempt with backoff. */
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  batchSize?: number;
}

/** A job as an operator sees it (the failed-jobs list). */
export interface JobRecord {
  id: string;
  name: string;
  state: string;
  data: unknown;
  error: string | null;
  attempts: number;
  createdAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
}

interface Registration {
  handler: (data: object) => Promise<void>;
  options: JobHandlerOptions;
}

const DEFAULT_RETRY_LIMIT = 8;
/** A job still active this long after it started is presumed lost (its instance died) and retried. */
const EXPIRE_SECONDS = 300;
/** How long app.close() waits for running handlers before failing them back to the queue. */
const SHUTDOWN_TIMEOUT_MS = 15_000;
/** Dead letters stay listable (failedJobs) and retryable this long before pg-boss archives them. */
const KEEP_FAILED_SECONDS = 30 * 24 * 3600;

/**
 * Durable background work on the application's own PostgreSQL (pg-boss). A job is written in the
 * business transaction that makes it necessary, so it exists exactly when that change commits;
 * workers on every instance share the queue (FOR UPDATE SKIP LOCKED: one instance runs a job),
 * retry failures with exponential backoff up to a bound, then leave the job `failed` — the dead
 * letter an ADMIN lists with `failedJobs` and re-runs with `retryJob`.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, Registration>();
  private readonly schedules = new Map<string, { cron: string; data: object }>();
  private started = false;
  /** Batches of jobs a handler is working on now (this instance). */
  private handling = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    if (!config.databaseUrl) throw new Error('databaseUrl must be resolved before the app boots');
    this.boss = new PgBoss({
      connectionString: config.databaseUrl,
      application_name: 'fairsample-jobs',
      schema: JOBS_SCHEMA,
      max: 4, // polling and completion only; handlers use the application's pool
      migrate: true,
      supervise: true,
      schedule: true,
      pollingIntervalSeconds: config.jobsPollIntervalMs / 1000,
      archiveFailedAfterSeconds: KEEP_FAILED_SECONDS,
    });
    this.boss.on('error', (err: unknown) => this.logger.error({ err }, 'job queue error'));
  }

  /**
   * Writes the job inside the caller's transaction (pg-boss `db` option over tx's connection):
   * the job exists iff the business change commits. Returns the job id (null if deduplicated).
   */
  async enqueue(
    name: string,
    data: object,
    tx: EntityManager,
    options: EnqueueOptions = {},
  ): Promise<string | null> {
    this.assertEnqueueable(name);
    return this.boss.send(name, data, {
      db: txConnection(tx),
      // A key maps to a fixed job id, so the primary key refuses a second job for it.
      ...(options.singletonKey
        ? { id: keyedJobId(name, options.singletonKey), singletonKey: options.singletonKey }
        : {}),
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      ...(options.retryLimit !== undefined ? { retryLimit: options.retryLimit } : {}),
    });
  }

  /**
   * `enqueue` for many jobs of one queue, in one INSERT inside the caller's transaction (pg-boss
   * `insert` over tx's connection). A job whose key is already queued is skipped, as `enqueue`
   * would skip it; which ones were skipped is not reported.
   */
  async enqueueMany(
    name: string,
    jobs: readonly { data: object; options?: EnqueueOptions }[],
    tx: EntityManager,
  ): Promise<void> {
    this.assertEnqueueable(name);
    const db = txConnection(tx);
    if (jobs.length === 0) return;
    await this.boss.insert(
      jobs.map(({ data, options = {} }) => ({
        name,
        data,
        ...(options.singletonKey
          ? { id: keyedJobId(name, options.singletonKey), singletonKey: options.singletonKey }
          : {}),
        ...(options.startAfter ? { startAfter: options.startAfter } : {}),
        ...(options.retryLimit !== undefined ? { retryLimit: options.retryLimit } : {}),
      })),
      { db },
    );
  }

  private assertEnqueueable(name: string): void {
    if (!this.handlers.has(name)) throw new Error(`no handler is registered for job queue "${name}"`);
  }

  /** Registers the handler of a queue; call from the owning module's onModuleInit. */
  work<T extends object>(
    name: string,
    handler: (data: T) => Promise<void>,
    options: JobHandlerOptions = {},
  ): void {
    if (this.handlers.has(name)) throw new Error(`job queue "${name}" already has a handler`);
    if (this.started) throw new Error(`register job handlers before the app starts ("${name}")`);
    this.handlers.set(name, { handler: handler as (data: object) => Promise<void>, options });
  }

  /** A recurring sweep (cron, UTC), run once per tick across all instances; handler via work(). */
  schedule(name: string, cron: string, data: object = {}): void {
    if (this.started) throw new Error(`schedule sweeps before the app starts ("${name}")`);
    this.schedules.set(name, { cron, data });
  }

  /** Workers start once every module is initialised (all handlers registered). */
  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    await this.declareQueues();
    for (const [name, { handler, options }] of this.handlers) {
      let workerId = '';
      workerId = await this.boss.work<object>(
        name,
        { batchSize: options.batchSize ?? 1, includeMetadata: true },
        async (jobs) => {
          this.handling++;
          try {
            // pg-boss sleeps a polling interval after every fetch; while jobs keep coming, fetch again.
            if (jobs.length > 0) this.boss.notifyWorker(workerId);
            for (const job of jobs) await this.run(name, job, handler, jobs.length > 1);
          } finally {
            this.handling--;
          }
        },
      );
    }
    this.started = true;
  }

  /**
   * Creates or updates each queue and the schedules. pg-boss creates a partition per queue, and
   * instances booting together deadlocked doing so: a session advisory lock, held on one of our
   * connections while pg-boss works on its own, makes them take turns.
   */
  private async declareQueues(): Promise<void> {
    const lock = this.db.createQueryRunner();
    await lock.connect();
    try {
      await lock.query(`SELECT pg_advisory_lock(hashtext('fairsample:jobs:declare-queues'))`);
      for (const [name, { options }] of this.handlers) {
        const retryDelay = options.retryDelaySeconds ?? this.config.jobsRetryDelaySeconds;
        const queue = {
          name,
          retryLimit: options.retryLimit ?? DEFAULT_RETRY_LIMIT,
          retryDelay,
          // pg-boss waits ≥ 1 s between retries with backoff; a zero delay means "retry at once".
          retryBackoff: retryDelay > 0 && (options.retryBackoff ?? true),
          expireInSeconds: EXPIRE_SECONDS,
        };
        await this.boss.createQueue(name, queue);
        await this.boss.updateQueue(name, queue); // a redeploy's new settings apply to new jobs
      }
      for (const [name, { cron, data }] of this.schedules) {
        if (!this.handlers.has(name)) throw new Error(`scheduled job "${name}" has no handler`);
        await this.boss.schedule(name, cron, data, { tz: 'UTC' });
      }
      const stale = (await this.boss.getSchedules()).filter((s) => !this.schedules.has(s.name));
      for (const s of stale) await this.boss.unschedule(s.name);
    } finally {
      await lock
        .query(`SELECT pg_advisory_unlock(hashtext('fairsample:jobs:declare-queues'))`)
        .catch(() => undefined);
      await lock.release();
    }
  }

  /**
   * Stops fetching, waits (bounded) for running handlers, then returns what is still running to
   * the queue for another instance. Runs before the database pool closes.
   */
  async beforeApplicationShutdown(): Promise<void> {
    const deadline = Date.now() + SHUTDOWN_TIMEOUT_MS;
    await this.boss.stop({ graceful: true, wait: true, timeout: SHUTDOWN_TIMEOUT_MS });
    // pg-boss waits for the handlers it saw running when stop began, but a fetch already in flight
    // can still hand its jobs to a handler, and that worker's loop ends only after it: wait for
    // those too (bounded), so nothing of the queue is still running once the app says it closed.
    while (this.handling > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    // Let the worker loops see that they stopped before the pool behind the handlers closes.
    await new Promise((r) => setImmediate(r));
  }

  /** Dead letters: jobs that failed their last allowed attempt, newest first. */
  async listFailed(first?: number | null, after?: string | null): Promise<Connection<JobRecord>> {
    const page = parsePage(first, after, isTimestampUuid);
    const params: unknown[] = [page.first + 1];
    let keyset = '';
    if (page.after) {
      params.push(page.after.sortKey, page.after.id);
      keyset = `AND (completed_on, id) < ($2::timestamptz, $3::uuid)`;
    }
    const rows = await this.db.query<JobRow[]>(
      `SELECT ${JOB_COLUMNS} FROM ${JOBS_SCHEMA}.job
       WHERE state = 'failed' ${keyset} ORDER BY completed_on DESC, id DESC LIMIT $1`,
      params,
    );
    const [{ n }] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM ${JOBS_SCHEMA}.job WHERE state = 'failed'`,
    );
    return toConnection(
      rows,
      page,
      n,
      (r) => [r.completed_on!.toISOString(), r.id],
      (r) => toRecord(r),
    );
  }

  /** Sends a dead letter back to its queue for one more attempt. */
  async retry(id: string): Promise<JobRecord> {
    const [row] = await this.db.query<JobRow[]>(
      `SELECT ${JOB_COLUMNS} FROM ${JOBS_SCHEMA}.job WHERE id = $1`,
      [id],
    );
    if (!row) throw jobNotFound(id);
    if (row.state !== 'failed') throw jobNotFailed(row.state);
    await this.boss.retry(row.name, id); // only while still failed: a concurrent retry is a no-op
    this.logger.warn({ jobId: id, queue: row.name }, 'dead-lettered job sent back to its queue');
    const [after] = await this.db.query<JobRow[]>(
      `SELECT ${JOB_COLUMNS} FROM ${JOBS_SCHEMA}.job WHERE id = $1`,
      [id],
    );
    return toRecord(after ?? row);
  }

  private async run(
    name: string,
    job: PgBoss.JobWithMetadata<object>,
    handler: (data: object) => Promise<void>,
    batched: boolean,
  ): Promise<void> {
    try {
      await handler(job.data);
    } catch (err) {
      const final = job.retryCount >= job.retryLimit;
      this.logger.error(
        { err, jobId: job.id, queue: name, attempt: job.retryCount + 1, data: job.data },
        final
          ? `job ${name} failed its last attempt: dead-lettered (failedJobs / retryJob)`
          : `job ${name} failed; it will be retried`,
      );
      // In a batch each job fails on its own; a single job fails by rejecting.
      if (!batched) throw err;
      await this.boss.fail(name, job.id, { message: err instanceof Error ? err.message : String(err) });
    }
  }
}

/** pg-boss's `db` option over the business transaction's connection: the job commits with it. */
function txConnection(tx: EntityManager): PgBoss.Db {
  const runner = tx.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('enqueue must run inside the business transaction');
  return {
    executeSql: async (text: string, values: unknown[]) => ({
      rows: (await runner.query(text, values, true)).records as unknown[],
    }),
  };
}

/** A stable job id per (queue, key): UUID-shaped bytes of a SHA-256. */
export function keyedJobId(name: string, key: string): string {
  const h = createHash('sha256').update(`${name}\u0000${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const JOB_COLUMNS = `id, name, state::text AS state, data, output, retry_count, created_on, started_on, completed_on`;

interface JobRow {
  id: string;
  name: string;
  state: string;
  data: unknown;
  output: { message?: string; value?: unknown } | null;
  retry_count: number;
  created_on: Date;
  started_on: Date | null;
  completed_on: Date | null;
}

function toRecord(r: JobRow): JobRecord {
  // A handler's Error is stored serialised ({ message, stack }); pg-boss's own failures as { value }.
  const message =
    r.output?.message ?? (r.output?.value !== undefined ? JSON.stringify(r.output.value) : null);
  return {
    id: r.id,
    name: r.name,
    state: r.state,
    data: r.data,
    error: message,
    attempts: r.retry_count + (r.started_on ? 1 : 0),
    createdAt: r.created_on,
    startedAt: r.started_on,
    completedAt: r.completed_on,
  };
}
