import { Global, Injectable, Module } from '@nestjs/common';
import { MEASURED_PAY, MeasuredPay } from '../tasks/tasks.module';

/** The measured effort of accepted samples, for the tasks module's fair-pay fields. */
@Injectable()
export class MeasuredPayService implements MeasuredPay {
  /** The effort of an accepted claim is its first version's claim → submission time. */
  measureSql(taskId: string): string {
    return `SELECT count(*)::int AS accepted,
        percentile_disc(0.5) WITHIN GROUP (ORDER BY f.minutes_to_first_submission) AS median_minutes
      FROM submissions s JOIN submissions f ON f.claim_id = s.claim_id AND f.version = 1
      WHERE s.status = 'ACCEPTED' AND s.task_id = ${taskId}`;
  }
}

/** Global so the tasks module can inject MEASURED_PAY without importing this module. */
@Global()
@Module({
  providers: [MeasuredPayService, { provide: MEASURED_PAY, useExisting: MeasuredPayService }],
  exports: [MEASURED_PAY],
})
export class MeasuredPayModule {}
