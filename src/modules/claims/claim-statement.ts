import { eligibleTaskSql } from '../matching/matching.module';
import { reserveSlotSql } from '../tasks/tasks.module';

export const CLAIM_COLUMNS = `id, task_id AS "taskId", contractor_id AS "contractorId", status,
  claimed_at AS "claimedAt", expires_at AS "expiresAt"`;

/**
 * The claim as one statement ($1 the task, $2 the contractor), built from the owners' pieces:
 * matching's full eligibility check, then this module's per-contractor counter and claim row,
 * then the tasks module's conditional slot UPDATE. Each step reads the one before, so the
 * data-modifying CTEs run in that order and nothing is written for an ineligible contractor.
 * - The counter's CHECK (held ≤ max_per_contractor) is what keeps a contractor within the limit:
 *   parallel claims of one contractor on one task queue on the counter row, and the one past the
 *   limit fails the whole statement with claim_counters_within_limit.
 * - The slot comes last, so the task row — the one every claimant of the task queues on — is
 *   locked only from here to the commit, and rows are locked in the order a release locks them
 *   (counter, then task), so a claim and a release never deadlock.
 * Returns the claim row and `slotTaken`; a claim row with `slotTaken` false (the task filled up
 * or closed since the check) must be rolled back by the caller.
 */
export function claimStatementSql(): string {
  return `WITH eligible AS (${eligibleTaskSql('$1::uuid', '$2::uuid')}),
    counted AS (
      INSERT INTO claim_counters (task_id, contractor_id, max_per_contractor, held)
      SELECT id, $2::uuid, max_per_contractor, 1 FROM eligible
      ON CONFLICT (task_id, contractor_id) DO UPDATE SET held = claim_counters.held + 1
      RETURNING task_id),
    claimed AS (
      INSERT INTO claims (task_id, contractor_id, expires_at)
      SELECT e.id, $2::uuid, now() + make_interval(mins => e.claim_time_limit_minutes)
      FROM eligible e JOIN counted ON counted.task_id = e.id
      RETURNING ${CLAIM_COLUMNS}),
    slot AS (${reserveSlotSql('(SELECT "taskId" FROM claimed)')})
    SELECT claimed.*, EXISTS (SELECT 1 FROM slot) AS "slotTaken" FROM claimed`;
}

/** The constraint a claim past maxPerContractor violates. */
export const CLAIM_LIMIT_CONSTRAINT = 'claim_counters_within_limit';
