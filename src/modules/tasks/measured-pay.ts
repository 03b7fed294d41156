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
  /**
   * A task's measured effort as a sub-query over the caller's task id (an SQL expression) that
   * yields exactly one row (`accepted` int, `median_minutes` int or NULL): a listing joins it
   * LATERAL and reads tasks and their measurement in one round trip.
   */
  measureSql(taskId: string): string;
}

/** Below this many accepted samples a task shows no measurement: too few to mean anything. */
export const MIN_MEASURED_SAMPLES = 5;
