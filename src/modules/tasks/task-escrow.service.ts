import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.module';
import { JobsService } from '../../core/jobs/jobs.module';
import { Accounts, LedgerService } from '../ledger/ledger.module';
import { EscrowRefundsService } from '../payments/payments.module';
import { TaskEntity } from './entities/task.entity';
import { FINALITY_GRACE_HOURS, HELD_SLOTS } from './held-slots';
import type { HeldSlots } from './held-slots';

/** Gives an ended task's spare escrow back (enqueued when a slot may stop holding its share). */
export const TASK_ESCROW_RELEASE_JOB = 'task-escrow-release';

/**
 * When to look again at a slot whose decision becomes final by a deadline `days` from now: past
 * the deadline and the grace the held-slot rule allows, plus an hour for clocks that differ.
 */
export const releaseCheckAfter = (days: number, from = new Date()): Date =>
  new Date(from.getTime() + (days * 24 + FINALITY_GRACE_HOURS + 1) * 3600 * 1000);

/** A task's escrow and the part of it already owed to work the task has offered. */
export interface EscrowPosition {
  taskId: string;
  organizationId: string;
  currency: string;
  escrow: bigint;
  reserved: bigint;
  /** Slots still owed: open ones (while the task takes claims) and those held by work under way. */
  unpaidSlots: number;
  /** What may leave the escrow without leaving a slot unpaid: escrow − reserved, never below 0. */
  spare: bigint;
  /** CLOSED or CANCELLED: its spare escrow belongs back to the requester. */
  ended: boolean;
}

/** Statuses in which a task's free slots can still be claimed (a draft's will be, once published). */
const SLOTS_OPEN = new Set(['DRAFT', 'OPEN', 'PAUSED']);

/**
 * The one place that says how much of a task's escrow is reserved: each slot not yet paid — free
 * while the task can still be claimed, or held by an ACTIVE claim or a sample awaiting its final
 * decision — keeps its price and fee (the requester cost the budget counts). Closing refunds the
 * rest; a bonus may spend only the rest.
 */
@Injectable()
export class TaskEscrowService implements OnModuleInit {
  private readonly logger = new Logger(TaskEscrowService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: LedgerService,
    private readonly refunds: EscrowRefundsService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    @Inject(HELD_SLOTS) private readonly held: HeldSlots,
  ) {}

  onModuleInit(): void {
    this.jobs.work<{ taskId: string }>(TASK_ESCROW_RELEASE_JOB, async ({ taskId }) => {
      await this.releaseSpare(taskId);
    });
  }

  /**
   * Enqueues, in the caller's transaction, a look at the task's spare escrow at `at` (now when
   * omitted), once per `key`: a rejection or a revision request that may become final after the
   * task ended, a dismissed dispute, the end of the task itself. Harmless while the task is open.
   */
  async scheduleRelease(taskId: string, key: string, tx: EntityManager, at?: Date): Promise<void> {
    await this.jobs.enqueue(TASK_ESCROW_RELEASE_JOB, { taskId }, tx, {
      singletonKey: `task-escrow-release:${key}`,
      ...(at ? { startAfter: at } : {}),
    });
  }

  /**
   * An ended task gives back what no slot holds any more — the share of a rejection or revision
   * request that became final after the end — as one escrow refund (its ledger entry and
   * processor job in the same transaction). Running again finds nothing spare: the refund has
   * left the escrow. Returns the refund's id, or null when there was nothing to give back.
   */
  async releaseSpare(taskId: string): Promise<string | null> {
    const refundId = await this.db.transaction(async (tx) => {
      const p = await this.position(taskId, tx, { lock: true });
      if (!p.ended || p.spare === 0n) return null;
      const id = await this.refunds.record(
        {
          taskId,
          organizationId: p.organizationId,
          amount: p.spare,
          currency: p.currency,
          reason: 'shares of work whose decision became final after the task ended',
        },
        tx,
      );
      await this.audit.append(tx, {
        actor: 'system',
        action: 'task.escrow_released',
        subject: { type: 'task', id: taskId },
        after: { refundId: id, amount: p.spare, currency: p.currency, unpaidSlots: p.unpaidSlots },
      });
      return id;
    });
    // The refund's job was committed with it; this attempt only makes it visible at once.
    if (refundId)
      await this.refunds
        .settle(refundId)
        .catch((err: unknown) =>
          this.logger.warn({ err, refundId }, 'inline refund failed; its job will retry it'),
        );
    return refundId;
  }

  /**
   * The task's position as this transaction sees it. `lock` takes the task row first: claims,
   * closing and other spenders of this escrow queue behind it. Acceptances do not (they take no
   * task lock), but each moves one slot's cost out of the escrow and its slot out of the held ones
   * at once; counting the held slots before reading the escrow means one committing in between
   * can only make the spare look smaller, and one committing later leaves it as it was.
   */
  async position(taskId: string, tx: EntityManager, opts: { lock?: boolean } = {}): Promise<EscrowPosition> {
    const task = await tx.getRepository(TaskEntity).findOneOrFail({
      where: { id: taskId },
      ...(opts.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    const held = await this.held.heldSlots(task, tx);
    const escrow = await this.ledger.balance(
      Accounts.taskEscrow(task.organizationId, task.id),
      task.currency,
      tx,
    );
    const unpaidSlots = (SLOTS_OPEN.has(task.status) ? task.slotsRemaining : 0) + held;
    const reserved = BigInt(unpaidSlots) * task.requesterCost;
    return {
      taskId: task.id,
      organizationId: task.organizationId,
      currency: task.currency,
      escrow,
      reserved,
      unpaidSlots,
      spare: escrow > reserved ? escrow - reserved : 0n,
      ended: task.status === 'CLOSED' || task.status === 'CANCELLED',
    };
  }
}
