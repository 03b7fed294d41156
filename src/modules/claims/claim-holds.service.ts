import { Global, Injectable, Module } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { HELD_SLOTS, type HeldSlots } from '../tasks/tasks.module';

/** Slots of a task held by work under way, for the tasks module's closing and cancelling. */
@Injectable()
export class ClaimHoldsService implements HeldSlots {
  async heldSlots(taskId: string, tx: EntityManager): Promise<number> {
    const [{ n }] = await tx.query<{ n: number }[]>(
      // A slot holds nothing more once its sample was paid (ACCEPTED) or its rejection is final:
      // the dispute was dismissed, or none was opened within the 14 days allowed.
      `SELECT count(*)::int AS n FROM claims c WHERE c.task_id = $1 AND c.status IN ('ACTIVE','SUBMITTED')
         AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.claim_id = c.id AND (s.status = 'ACCEPTED'
           OR (s.status = 'REJECTED' AND CASE
                 WHEN EXISTS (SELECT 1 FROM disputes d WHERE d.submission_id = s.id)
                   THEN EXISTS (SELECT 1 FROM disputes d WHERE d.submission_id = s.id AND d.resolved_at IS NOT NULL)
                 ELSE s.reviewed_at <= now() - interval '14 days' END)))`,
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
