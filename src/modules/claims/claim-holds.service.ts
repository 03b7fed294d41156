import { Global, Injectable, Module } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { HELD_SLOTS, HeldSlots } from '../tasks/tasks.module';

/** Slots of a task held by work under way, for the tasks module's closing and cancelling. */
@Injectable()
export class ClaimHoldsService implements HeldSlots {
  async heldSlots(taskId: string, tx: EntityManager): Promise<number> {
    const [{ n }] = await tx.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM claims WHERE task_id = $1 AND status IN ('ACTIVE','SUBMITTED')`,
      [taskId],
    );
    return n;
  }
}

/**
 * Global so the tasks module can inject HELD_SLOTS without importing the claims module, which
 * imports it (the dependency points one way: claims → tasks).
 */
@Global()
@Module({
  providers: [ClaimHoldsService, { provide: HELD_SLOTS, useExisting: ClaimHoldsService }],
  exports: [HELD_SLOTS],
})
export class ClaimHoldsModule {}
