import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsentModule } from '../consent/consent.module';
import { ContractorsModule } from '../contractors/contractors.module';
import { LedgerModule } from '../ledger/ledger.module';
import { PaymentsModule } from '../payments/payments.module';
import { ProfessionsModule } from '../professions/professions.module';
import { RatesModule } from '../rates/rates.module';
import { TaskEntity } from './entities/task.entity';
import { TaskEscrowService } from './task-escrow.service';
import { TaskLifecycleService } from './task-lifecycle.service';
import { TasksResolver } from './tasks.resolver';
import { TasksService } from './tasks.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([TaskEntity]),
    ProfessionsModule,
    RatesModule,
    LedgerModule,
    PaymentsModule,
    ConsentModule,
    ContractorsModule,
  ],
  providers: [TasksService, TaskLifecycleService, TaskEscrowService, TasksResolver],
  exports: [TasksService, TaskEscrowService],
})
export class TasksModule {}

export { readsFor, reserveSlotSql, TasksService } from './tasks.service';
export { TaskEscrowService, TASK_ESCROW_RELEASE_JOB, releaseCheckAfter } from './task-escrow.service';
export type { EscrowPosition } from './task-escrow.service';
export type { ModelReads, ReturnedSlot, TaskColumnsRow } from './tasks.service';
export { HELD_SLOTS, FINALITY_GRACE_HOURS, REVISION_AFTER_END_DAYS } from './held-slots';
export { MEASURED_PAY, MIN_MEASURED_SAMPLES } from './measured-pay';
export type { MeasuredEffort, MeasuredPay } from './measured-pay';
export type { HeldSlots } from './held-slots';
export { TaskModel, TaskConnection, TaskEdge } from './dto/task.model';
export { TaskEntity } from './entities/task.entity';
