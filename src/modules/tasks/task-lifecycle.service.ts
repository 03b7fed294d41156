import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.module';
import { Principal } from '../../core/auth/roles';
import { Accounts, LedgerService } from '../ledger/ledger.module';
import { EscrowRefundsService, FundingModel, FundingService } from '../payments/payments.module';
import { RatesService } from '../rates/rates.module';
import { TaskModel } from './dto/task.model';
import { taskBudget, TaskEntity, TaskStatusValue } from './entities/task.entity';
import {
  alreadyFunded,
  fundingInProgress,
  invalidTransition,
  draftTakesNoAmount,
  notFundable,
  topUpAmountRequired,
  notFunded,
  taskNotFound,
} from './tasks.errors';
import { canManage, TasksService } from './tasks.service';
import { REVISION_AFTER_END_DAYS } from './held-slots';
import { releaseCheckAfter, TaskEscrowService } from './task-escrow.service';

type Action = 'paused' | 'resumed' | 'closed' | 'cancelled';

/** A draft is funded to its budget; a published task still taking work can be topped up. */
const FUNDABLE = new Set<TaskStatusValue>(['DRAFT', 'OPEN', 'PAUSED']);

const TRANSITIONS: Record<Action, { from: TaskStatusValue[]; to: TaskStatusValue; refund: boolean }> = {
  paused: { from: ['OPEN'], to: 'PAUSED', refund: false },
  resumed: { from: ['PAUSED'], to: 'OPEN', refund: false },
  closed: { from: ['OPEN', 'PAUSED'], to: 'CLOSED', refund: true },
  cancelled: { from: ['DRAFT', 'OPEN', 'PAUSED'], to: 'CANCELLED', refund: true },
};

/**
 * DRAFT → OPEN → (PAUSED ↔ OPEN) → CLOSED, or CANCELLED from DRAFT/OPEN/PAUSED.
 * Each change locks the task row, so two concurrent calls cannot both act on the same state.
 */
@Injectable()
export class TaskLifecycleService {
  private readonly logger = new Logger(TaskLifecycleService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly tasks: TasksService,
    private readonly rates: RatesService,
    private readonly ledger: LedgerService,
    private readonly fundings: FundingService,
    private readonly refunds: EscrowRefundsService,
    private readonly escrow: TaskEscrowService,
  ) {}

  /**
   * A DRAFT: charges what the escrow still lacks of the budget at the current rate table. An OPEN
   * or PAUSED task: charges `amount` as a top-up, spare escrow that bonuses can pay (closing
   * refunds whatever is left of it).
   */
  async fund(me: Principal, taskId: string, paymentMethod: string, amount?: number): Promise<FundingModel> {
    await this.fundings.resumePending(taskId);
    const funding = await this.db.transaction(async (tx) => {
      const task = await this.lockManagedOrThrow(me, taskId, tx);
      if (!FUNDABLE.has(task.status)) throw notFundable(task.status);
      if (await this.fundings.hasPending(task.id, tx)) throw fundingInProgress();
      let needed: bigint;
      if (task.status === 'DRAFT') {
        if (amount !== undefined) throw draftTakesNoAmount();
        await this.refreshDraftPrice(task, tx);
        needed = taskBudget(task) - (await this.escrowOf(task, tx));
        if (needed <= 0n) throw alreadyFunded();
      } else {
        if (amount === undefined) throw topUpAmountRequired(task.status);
        needed = BigInt(amount);
      }
      await this.audit.append(tx, {
        actor: me,
        action: task.status === 'DRAFT' ? 'task.funding_requested' : 'task.top_up_requested',
        subject: { type: 'task', id: task.id },
        metadata: { amount: needed, currency: task.currency },
      });
      return this.fundings.createPending(
        {
          taskId,
          organizationId: task.organizationId,
          amount: needed,
          currency: task.currency,
          paymentMethod,
        },
        tx,
      );
    });
    // The charge job was committed with the funding; this inline attempt gives the caller the
    // outcome at once (an outage is reported, and the job retries it).
    return FundingModel.from(await this.fundings.charge(funding.id));
  }

  /** Locks the price from the current table and opens the task once the escrow covers it. */
  async publish(me: Principal, taskId: string): Promise<TaskModel> {
    return this.db.transaction(async (tx) => {
      const task = await this.lockManagedOrThrow(me, taskId, tx);
      if (task.status !== 'DRAFT') throw invalidTransition(task.status, 'published', ['DRAFT']);
      await this.refreshDraftPrice(task, tx);
      const escrow = await this.escrowOf(task, tx);
      if (escrow < taskBudget(task)) throw notFunded(escrow, taskBudget(task), task.currency);
      await tx.query(
        `UPDATE tasks SET status = 'OPEN', price_locked_at = now(), published_at = now(), updated_at = now() WHERE id = $1`,
        [task.id],
      );
      await this.audit.append(tx, {
        actor: me,
        action: 'task.published',
        subject: { type: 'task', id: task.id },
        before: { status: task.status },
        after: { status: 'OPEN', requesterCost: task.requesterCost, rateTableVersion: task.rateTableVersion },
      });
      return this.modelOf(task.id, tx);
    });
  }

  async transition(me: Principal, taskId: string, action: Action): Promise<TaskModel> {
    const rule = TRANSITIONS[action];
    if (rule.refund) await this.fundings.resumePending(taskId);
    let refundId: string | undefined;
    const model = await this.db.transaction(async (tx) => {
      const task = await this.lockManagedOrThrow(me, taskId, tx);
      if (!rule.from.includes(task.status)) throw invalidTransition(task.status, action, rule.from);
      // A payment still in flight could land in the escrow after the refund: settle it first.
      if (rule.refund && (await this.fundings.hasPending(task.id, tx))) throw fundingInProgress();
      await tx.query(
        `UPDATE tasks SET status = $2, ended_at = CASE WHEN $3 THEN now() ELSE ended_at END, updated_at = now()
         WHERE id = $1`,
        [task.id, rule.to, rule.refund],
      );
      if (rule.refund) {
        // Read after the status change: an ended task's free slots reserve nothing any more, only
        // work under way keeps its share (a claim that ends later returns it).
        const unspent = (await this.escrow.position(task.id, tx)).spare;
        // Samples sent back for revision now have a deadline; their shares return after it.
        await this.escrow.scheduleRelease(
          task.id,
          `ended:${task.id}`,
          tx,
          releaseCheckAfter(REVISION_AFTER_END_DAYS),
        );
        if (unspent > 0n)
          refundId = await this.refunds.record(
            {
              taskId: task.id,
              organizationId: task.organizationId,
              amount: unspent,
              currency: task.currency,
              reason: action,
            },
            tx,
          );
      }
      await this.audit.append(tx, {
        actor: me,
        action: `task.${action}`,
        subject: { type: 'task', id: task.id },
        before: { status: task.status },
        after: { status: rule.to },
      });
      return this.modelOf(task.id, tx);
    });
    // The ledger already says the money left escrow and the refund job was committed with it; this
    // inline attempt only makes the processor refund visible at once. If it fails (or this process
    // dies first), the job retries with the same idempotency keys.
    if (refundId)
      await this.refunds
        .settle(refundId)
        .catch((err: unknown) =>
          this.logger.warn({ err, refundId }, 'inline refund failed; its job will retry it'),
        );
    return model;
  }

  private async lockManagedOrThrow(me: Principal, taskId: string, tx: EntityManager): Promise<TaskEntity> {
    // FOR UPDATE: funding, publishing and every transition of one task run one at a time.
    const task = await tx
      .getRepository(TaskEntity)
      .findOne({ where: { id: taskId }, lock: { mode: 'pessimistic_write' } });
    if (!task || !canManage(me, task)) throw taskNotFound(taskId);
    return task;
  }

  /** A draft follows the current rate table until it is published. */
  private async refreshDraftPrice(task: TaskEntity, tx: EntityManager): Promise<void> {
    const q = await this.rates.quote(
      {
        professionCode: task.professionCode,
        artifactKind: task.artifactKind,
        tier: task.tier,
        currency: task.currency,
      },
      tx,
    );
    if (q.rateTableId === task.rateTableId && q.requesterCost === task.requesterCost) return;
    Object.assign(task, {
      pricePerSample: q.pricePerSample,
      platformFee: q.platformFee,
      requesterCost: q.requesterCost,
      rateTableId: q.rateTableId,
      rateTableVersion: q.rateTableVersion,
      estimatedMinutes: q.estimatedMinutes,
    });
    await tx.query(
      `UPDATE tasks SET price_per_sample = $2, platform_fee = $3, requester_cost = $4, rate_table_id = $5,
         rate_table_version = $6, estimated_minutes = $7, updated_at = now() WHERE id = $1`,
      [
        task.id,
        q.pricePerSample,
        q.platformFee,
        q.requesterCost,
        q.rateTableId,
        q.rateTableVersion,
        q.estimatedMinutes,
      ].map((v) => (typeof v === 'bigint' ? v.toString() : v)),
    );
    this.logger.log(
      { taskId: task.id, version: q.rateTableVersion },
      'draft repriced from the current rate table',
    );
  }

  private escrowOf(task: TaskEntity, tx?: EntityManager): Promise<bigint> {
    return this.ledger.balance(Accounts.taskEscrow(task.organizationId, task.id), task.currency, tx);
  }

  private async modelOf(taskId: string, tx?: EntityManager): Promise<TaskModel> {
    const task = await (tx ?? this.db.manager).getRepository(TaskEntity).findOneByOrFail({ id: taskId });
    return this.tasks.toModel(task, tx);
  }
}
