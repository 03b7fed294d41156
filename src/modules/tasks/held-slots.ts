import { EntityManager } from 'typeorm';

/**
 * What the tasks module needs to know about claims without depending on the claims module (which
 * depends on it): how many slots of a task are held by work under way. The claims module provides
 * it under this token.
 */
export const HELD_SLOTS = Symbol('HELD_SLOTS');

export interface HeldSlots {
  /**
   * Slots of the task held by an ACTIVE claim or a sample awaiting its final decision (`endedAt`:
   * when the task ended, which starts the deadline of revision requests).
   */
  heldSlots(task: { id: string; endedAt: Date | null }, tx: EntityManager): Promise<number>;
}

/**
 * Once a task has ended, a sample sent back for revision must be resubmitted within this many
 * days of the request (or of the end, if later); after that it is final and its slot holds nothing.
 */
export const REVISION_AFTER_END_DAYS = 14;

/**
 * A slot stops holding escrow this long after its deadline (to dispute, to resubmit) has passed:
 * a transaction that checked the deadline just in time has committed by then, so the release
 * never races the dispute or resubmission that needs the share.
 */
export const FINALITY_GRACE_HOURS = 1;
