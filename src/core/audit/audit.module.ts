import { Global, Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/**
 * The tamper-evident audit log, available everywhere: a module records its state changes with
 * `AuditService.append(tx, …)` inside the transaction that makes them.
 */
@Global()
@Module({
  providers: [AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}

export { AuditService } from './audit.service';
export { AuditEntryError } from './audit.errors';
export type { AuditActor, AuditEntryInput, AuditRecord, AuditVerification } from './audit.types';
