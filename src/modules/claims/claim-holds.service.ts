import { Global, Injectable, Module } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  FINALITY_GRACE_HOURS,
  HELD_SLOTS,
  REVISION_AFTER_END_DAYS,
  type HeldSlots,
} from '../tasks/tasks.module';

/** Slots of a task held by work under way, for the tasks module's closing and cancelling. */
@Injectable()
export class ClaimHoldsService implements HeldSlots {
  async heldSlots(task: { id: string; endedAt: Date | null }, tx: EntityManager): Promise<number> {
    const [{ n }] = await tx.query<{ n: number }[]>(
      // A slot holds nothing more once its sample was paid (ACCEPTED) or its decision is final: a
      // rejection whose dispute was dismissed, or against which none was opened within the 14
      // days allowed; on an ended task, a revision request not answered by its deadline. Each
      // deadline counts only after the grace (see FINALITY_GRACE_HOURS).
      `SELECT count(*)::int AS n FROM claims c WHERE c.task_id = $1 AND c.status IN ('ACTIVE','SUBMITTED')
         AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.claim_id = c.id AND (s.status = 'ACCEPTED'
           OR (s.status = 'REJECTED' AND CASE
                 WHEN EXISTS (SELECT 1 FROM disputes d WHERE d.submission_id = s.id)
                   THEN EXISTS (SELECT 1 FROM disputes d WHERE d.submission_id = s.id AND d.resolved_at IS NOT NULL)
                 ELSE s.reviewed_at <= now() - make_interval(days => 14, hours => $2) END)
           OR (s.status = 'REVISION_REQUESTED' AND $4::timestamptz IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM submissions v WHERE v.claim_id = c.id AND v.version > s.version)
               AND greatest(s.reviewed_at, $4::timestamptz) <= now() - make_interval(days => $3, hours => $2))))`,
      [task.id, FINALITY_GRACE_HOURS, REVISION_AFTER_END_DAYS, task.endedAt],
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
