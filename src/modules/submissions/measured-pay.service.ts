import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MEASURED_PAY, MeasuredEffort, MeasuredPay } from '../tasks/tasks.module';

/** The measured effort of accepted samples, for the tasks module's fair-pay fields. */
@Injectable()
export class MeasuredPayService implements MeasuredPay {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async measure(taskIds: string[], tx?: EntityManager): Promise<Map<string, MeasuredEffort>> {
    const out = new Map<string, MeasuredEffort>();
    if (!taskIds.length) return out;
    // The effort of an accepted claim is its first version's claim → submission time.
    const rows = await (tx ?? this.db.manager).query<{ taskId: string; accepted: number; median: number }[]>(
      `SELECT s.task_id AS "taskId", count(*)::int AS accepted,
         percentile_disc(0.5) WITHIN GROUP (ORDER BY f.minutes_to_first_submission) AS median
       FROM submissions s JOIN submissions f ON f.claim_id = s.claim_id AND f.version = 1
       WHERE s.status = 'ACCEPTED' AND s.task_id = ANY($1::uuid[]) GROUP BY s.task_id`,
      [taskIds],
    );
    for (const r of rows) out.set(r.taskId, { accepted: r.accepted, medianMinutes: r.median });
    return out;
  }
}

/** Global so the tasks module can inject MEASURED_PAY without importing this module. */
@Global()
@Module({
  providers: [MeasuredPayService, { provide: MEASURED_PAY, useExisting: MeasuredPayService }],
  exports: [MEASURED_PAY],
})
export class MeasuredPayModule {}
