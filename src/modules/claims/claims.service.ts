import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, type AuditActor } from '../../core/audit/audit.module';
import { Principal } from '../../core/auth/roles';
import { isPgError, PgCode } from '../../core/database/pg-errors';
import { preparedQuery } from '../../core/database/prepared';
import { JobsService } from '../../core/jobs/jobs.module';
import { Connection, isTimestampUuid, parsePage, toConnection } from '../../core/pagination/cursor';
import { EligibilityRule, MatchingService } from '../matching/matching.module';
import { EscrowRefundsService } from '../payments/payments.module';
import { TaskEntity, TaskModel, TasksService } from '../tasks/tasks.module';
import {
  claimExpired,
  claimLimitReached,
  claimNotActive,
  claimNotFound,
  noSlotsLeft,
  notEligible,
  taskNotOpen,
} from './claims.errors';
import { CLAIM_COLUMNS, CLAIM_LIMIT_CONSTRAINT, claimStatementSql } from './claim-statement';
import { ClaimModel, ClaimStatus } from './dto/claim.model';

export interface ClaimRow {
  id: string;
  taskId: string;
  contractorId: string;
  status: 'ACTIVE' | 'SUBMITTED' | 'RELEASED' | 'EXPIRED';
  claimedAt: Date;
  expiresAt: Date;
}

/** Thrown inside the claim's transaction to roll it back when the statement claimed nothing. */
class NotClaimed extends Error {}

/** Expires one claim at its deadline (enqueued with the claim, to start at expiresAt). */
export const CLAIM_EXPIRY_JOB = 'claim-expiry';
/** Every minute: expires whatever is past its deadline, should a per-claim job be late or lost. */
export const CLAIM_EXPIRY_SWEEP = 'claim-expiry-sweep';

/** Rules the claim itself settles in the database, with their own refusals. */
const SETTLED_BY_CLAIM = new Set([
  EligibilityRule.TASK_NOT_OPEN,
  EligibilityRule.NO_SLOTS_LEFT,
  EligibilityRule.CLAIM_LIMIT_REACHED,
]);

/**
 * Claims: a contractor reserves one slot of an open task for the task's claim time limit, then
 * submits, releases it, or lets it expire. The database guarantees a slot is never held twice
 * (a conditional UPDATE on the task's free slots) and that nobody holds more than the task's
 * maxPerContractor (a per-contractor counter with a CHECK); every ending is a conditional UPDATE
 * on the claim's status, so a release racing the expiry ends in exactly one of them.
 */
@Injectable()
export class ClaimsService implements OnModuleInit {
  private readonly logger = new Logger(ClaimsService.name);
  private readonly claimSql = claimStatementSql();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tasks: TasksService,
    private readonly matching: MatchingService,
    private readonly refunds: EscrowRefundsService,
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.jobs.work<{ claimId: string }>(CLAIM_EXPIRY_JOB, async ({ claimId }) => {
      await this.expireClaim(claimId);
    });
    this.jobs.work(CLAIM_EXPIRY_SWEEP, async () => {
      await this.expireDue();
    });
    this.jobs.schedule(CLAIM_EXPIRY_SWEEP, '* * * * *');
  }

  /**
   * Reserves a slot: one statement does the check and the writes (see claimStatementSql), then
   * the expiry job and the audit row join its transaction. When the statement claims nothing —
   * ineligible, full, closed, at the limit — it is rolled back and the refusal is worked out
   * afresh (which also covers a task that changed in between: a check that now passes is tried
   * again).
   */
  async claim(me: Principal, taskId: string): Promise<ClaimModel> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const claim = await this.db
        .transaction(async (tx) => {
          // Prepared: the statement plans in about a millisecond, more than it takes to run.
          const [row] = await preparedQuery<ClaimRow & { slotTaken: boolean }>(tx, this.claimSql, [
            taskId,
            me.userId,
          ]);
          if (!row?.slotTaken) throw new NotClaimed();
          const { slotTaken: _, ...claim } = row;
          await this.jobs.enqueue(CLAIM_EXPIRY_JOB, { claimId: claim.id }, tx, {
            startAfter: claim.expiresAt,
            singletonKey: `claim-expiry:${claim.id}`,
          });
          await this.audit.append(tx, {
            actor: me,
            action: 'claim.created',
            subject: { type: 'claim', id: claim.id },
            after: { status: claim.status, taskId: claim.taskId, expiresAt: claim.expiresAt.toISOString() },
          });
          return claim;
        })
        .catch((err: unknown) => {
          // Past maxPerContractor, the counter's CHECK failed the statement: explained below.
          if (err instanceof NotClaimed || isPgError(err, PgCode.CHECK_VIOLATION, CLAIM_LIMIT_CONSTRAINT))
            return null;
          throw err;
        });
      if (claim) return this.modelOf(claim);
      await this.refuse(me, taskId);
    }
    // Three times eligible on the re-check yet beaten to the slot: the task is being emptied.
    throw noSlotsLeft();
  }

  /** Why this contractor cannot claim the task now; returns only if nothing stops it any more. */
  private async refuse(me: Principal, taskId: string): Promise<void> {
    const task = await this.tasks.findVisibleOrThrow(me, taskId);
    const failed = await this.matching.failedRules(task.id, me.userId);
    await this.refuseUnlessEligible(task, me, failed);
  }

  /** The contractor gives its ACTIVE claim back; the slot returns to the task. */
  async release(me: Principal, claimId: string): Promise<ClaimModel> {
    const { ended, refundId } = await this.db.transaction((tx) =>
      this.end(tx, claimId, 'RELEASED', 'AND contractor_id = $2', [me.userId], me),
    );
    if (refundId) await this.settleInline(refundId);
    if (ended) return this.modelOf(ended);
    const [claim] = await this.db.query<ClaimRow[]>(
      `SELECT ${CLAIM_COLUMNS} FROM claims WHERE id = $1 AND contractor_id = $2`,
      [claimId, me.userId],
    );
    if (!claim) throw claimNotFound(claimId);
    throw claimNotActive(claim.status);
  }

  /**
   * For the submissions module, in its transaction: turns the contractor's ACTIVE claim into
   * SUBMITTED if its deadline has not passed. The status condition makes a submit racing the
   * expiry (or a release) end in exactly one state; a claim past its deadline (expired by the job
   * or not yet) is CLAIM_EXPIRED, any other ending CLAIM_NOT_ACTIVE.
   */
  async markSubmitted(claimId: string, contractorId: string, tx: EntityManager): Promise<ClaimRow> {
    const [row] = await tx.query<ClaimRow[]>(
      `WITH submitted AS (UPDATE claims SET status = 'SUBMITTED', updated_at = now()
         WHERE id = $1 AND contractor_id = $2 AND status = 'ACTIVE' AND expires_at > now()
         RETURNING ${CLAIM_COLUMNS})
       SELECT * FROM submitted`,
      [claimId, contractorId],
    );
    if (row) return row;
    const [claim] = await tx.query<ClaimRow[]>(
      `SELECT ${CLAIM_COLUMNS} FROM claims WHERE id = $1 AND contractor_id = $2`,
      [claimId, contractorId],
    );
    if (!claim) throw claimNotFound(claimId);
    if (claim.status === 'EXPIRED' || claim.status === 'ACTIVE') throw claimExpired(claim.expiresAt);
    throw claimNotActive(claim.status);
  }

  /**
   * Expires one claim if it is still ACTIVE and past its deadline at `now`; returns whether this
   * call expired it. Safe to run any number of times, concurrently with a release or a submit.
   */
  async expireClaim(claimId: string, now: Date = new Date()): Promise<boolean> {
    const { ended, refundId } = await this.db.transaction((tx) =>
      this.end(tx, claimId, 'EXPIRED', 'AND expires_at <= $2', [now], 'system'),
    );
    if (refundId) await this.settleInline(refundId);
    return ended !== null;
  }

  /** Expires every ACTIVE claim past its deadline at `now`; returns how many this call expired. */
  async expireDue(now: Date = new Date(), limit = 1000): Promise<number> {
    const due = await this.db.query<{ id: string }[]>(
      `SELECT id FROM claims WHERE status = 'ACTIVE' AND expires_at <= $1 ORDER BY expires_at LIMIT $2`,
      [now, limit],
    );
    let expired = 0;
    for (const { id } of due) if (await this.expireClaim(id, now)) expired++;
    return expired;
  }

  /** The contractor's own claim, in the caller's transaction (NOT_FOUND for anyone else's). */
  async findRowOrThrow(claimId: string, contractorId: string, tx: EntityManager): Promise<ClaimRow> {
    const [claim] = await tx.query<ClaimRow[]>(
      `SELECT ${CLAIM_COLUMNS} FROM claims WHERE id = $1 AND contractor_id = $2`,
      [claimId, contractorId],
    );
    if (!claim) throw claimNotFound(claimId);
    return claim;
  }

  async findOwnOrThrow(me: Principal, claimId: string): Promise<ClaimModel> {
    const [claim] = await this.db.query<ClaimRow[]>(
      `SELECT ${CLAIM_COLUMNS} FROM claims WHERE id = $1 AND contractor_id = $2`,
      [claimId, me.userId],
    );
    if (!claim) throw claimNotFound(claimId);
    return this.modelOf(claim);
  }

  /**
   * myClaims: the contractor's claims, newest first (keyset on claimed_at, id: the index
   * claims_contractor_idx), optionally of one status. The page's tasks are read in one query,
   * and only when the client selects them.
   */
  async listOwn(
    me: Principal,
    args: { status?: ClaimStatus; first?: number; after?: string },
  ): Promise<Connection<ClaimModel>> {
    const page = parsePage(args.first, args.after, isTimestampUuid);
    const params: unknown[] = [me.userId, args.status ?? null];
    let keyset = '';
    if (page.after) {
      params.push(page.after.sortKey, page.after.id);
      keyset = `AND (claimed_at, id) < ($3::timestamptz, $4::uuid)`;
    }
    params.push(page.first + 1);
    const own = `FROM claims WHERE contractor_id = $1 AND ($2::text IS NULL OR status = $2)`;
    const raw = await this.db.query<({ total: number } & ClaimRow)[]>(
      `WITH total AS (SELECT count(*)::int AS n ${own}),
            page AS (SELECT ${CLAIM_COLUMNS} ${own} ${keyset}
                     ORDER BY claimed_at DESC, id DESC LIMIT $${params.length})
       SELECT total.n AS total, page.* FROM total LEFT JOIN page ON true
       ORDER BY page."claimedAt" DESC, page.id DESC`,
      params,
    );
    const rows = raw.filter((r) => r.id !== null);
    let tasks: Promise<Map<string, TaskModel>> | undefined;
    const taskOf = async (taskId: string) => {
      tasks ??= this.tasks
        .modelsByIds([...new Set(rows.slice(0, page.first).map((r) => r.taskId))])
        .then((models) => new Map(models.map((t) => [t.id, t])));
      return (await tasks).get(taskId)!;
    };
    return toConnection(
      rows,
      page,
      raw[0].total,
      (c) => [c.claimedAt.toISOString(), c.id],
      ({ total: _, ...c }) => ClaimModel.from(c, () => taskOf(c.taskId)),
    );
  }

  /**
   * Ends an ACTIVE claim: the status condition lets exactly one ending win; the counter and the
   * slot are given back in the same transaction. A claim ending after its task closed hands its
   * share of the escrow (kept for it at closing) back to the requester.
   */
  private async end(
    tx: EntityManager,
    claimId: string,
    to: 'RELEASED' | 'EXPIRED',
    condition: string,
    params: unknown[],
    actor: AuditActor,
  ): Promise<{ ended: ClaimRow | null; refundId?: string }> {
    const [ended] = await tx.query<ClaimRow[]>(
      `WITH ended AS (UPDATE claims SET status = '${to}', ended_at = now(), updated_at = now()
         WHERE id = $1 AND status = 'ACTIVE' ${condition} RETURNING ${CLAIM_COLUMNS})
       SELECT * FROM ended`,
      [claimId, ...params],
    );
    if (!ended) return { ended: null };
    await tx.query(`UPDATE claim_counters SET held = held - 1 WHERE task_id = $1 AND contractor_id = $2`, [
      ended.taskId,
      ended.contractorId,
    ]);
    const task = await this.tasks.returnSlot(ended.taskId, tx);
    const audited = () =>
      this.audit.append(tx, {
        actor,
        action: to === 'RELEASED' ? 'claim.released' : 'claim.expired',
        subject: { type: 'claim', id: ended.id },
        before: { status: 'ACTIVE' },
        after: { status: to },
      });
    if (task.status !== 'CLOSED' && task.status !== 'CANCELLED') {
      await audited();
      return { ended };
    }
    const refundId = await this.refunds.record(
      {
        taskId: task.id,
        organizationId: task.organizationId,
        amount: task.requesterCost,
        currency: task.currency,
        reason: `claim ${ended.id} ${to.toLowerCase()} after the task ended`,
      },
      tx,
    );
    await audited();
    return { ended, refundId };
  }

  /**
   * The refund's job was committed with it; this attempt only makes the processor refund visible
   * at once. A failure is the job's to retry, not the caller's: the claim has already ended.
   */
  private async settleInline(refundId: string): Promise<void> {
    await this.refunds
      .settle(refundId)
      .catch((err: unknown) =>
        this.logger.warn({ err, refundId }, 'inline refund failed; its job will retry it'),
      );
  }

  private async refuseUnlessEligible(task: TaskEntity, me: Principal, failed: EligibilityRule[]) {
    if (failed.some((rule) => !SETTLED_BY_CLAIM.has(rule)))
      throw notEligible(await this.matching.sentences(task, me, failed), failed);
    if (failed.includes(EligibilityRule.TASK_NOT_OPEN)) throw taskNotOpen(task.status);
    if (failed.includes(EligibilityRule.NO_SLOTS_LEFT)) throw noSlotsLeft();
    if (failed.includes(EligibilityRule.CLAIM_LIMIT_REACHED)) throw claimLimitReached(task.maxPerContractor);
  }

  private modelOf(claim: ClaimRow): ClaimModel {
    return ClaimModel.from(claim, async () => (await this.tasks.modelsByIds([claim.taskId]))[0]);
  }
}
