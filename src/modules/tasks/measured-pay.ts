import { EntityManager } from 'typeorm';

/**
 * What the tasks module needs to know about accepted work without depending on the submissions
 * module (which depends on it): per task, how many samples were accepted and the median minutes
 * their contributors took from claim to first submission. The submissions module provides it.
 */
export const MEASURED_PAY = Symbol('MEASURED_PAY');

export interface MeasuredEffort {
  accepted: number;
  /** The median (a real sample's value, never interpolated) of claim → first submission. */
  medianMinutes: number;
}

export interface MeasuredPay {
  /** For tasks with at least one accepted sample; one query for the whole list. */
  measure(taskIds: string[], tx?: EntityManager): Promise<Map<string, MeasuredEffort>>;
}

/** Below this many accepted samples a task shows no measurement: too few to mean anything. */
export const MIN_MEASURED_SAMPLES = 5;
