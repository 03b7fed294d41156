import { EntityManager } from 'typeorm';

/**
 * What the tasks module needs to know about claims without depending on the claims module (which
 * depends on it): how many slots of a task are held by work under way. The claims module provides
 * it under this token.
 */
export const HELD_SLOTS = Symbol('HELD_SLOTS');

export interface HeldSlots {
  /** Slots of the task held by an ACTIVE claim or a sample awaiting review. */
  heldSlots(taskId: string, tx: EntityManager): Promise<number>;
}
