import { Global, Module, OnModuleInit } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.module';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** Seals committed audit rows into the hash chain, off the hot path of the transactions that wrote them. */
export const AUDIT_SEAL_JOB = 'audit.seal';

/**
 * The tamper-evident audit log, available everywhere: a module records its state changes with
 * `AuditService.append(tx, …)` inside the transaction that makes them.
 */
@Global()
@Module({
  providers: [AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule implements OnModuleInit {
  constructor(
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.work(AUDIT_SEAL_JOB, async () => {
      await this.audit.seal();
    });
    // Every minute (pg-boss's finest cron); verifyAuditLog and auditLog also seal on demand.
    this.jobs.schedule(AUDIT_SEAL_JOB, '* * * * *');
  }
}

export { AuditService } from './audit.service';
export { AuditEntryError } from './audit.errors';
export type { AuditActor, AuditEntryInput, AuditRecord, AuditVerification } from './audit.types';
