import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Accounts, LedgerService } from '../ledger/ledger.module';
import { TaskEntity } from './entities/task.entity';
import { HELD_SLOTS } from './held-slots';
import type { HeldSlots } from './held-slots';

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
export class TaskEscrowService {
  constructor(
    private readonly ledger: LedgerService,
    @Inject(HELD_SLOTS) private readonly held: HeldSlots,
  ) {}

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
    const held = await this.held.heldSlots(task.id, tx);
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
    };
  }
}
