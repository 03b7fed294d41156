import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsentModule } from '../consent/consent.module';
import { ContractorsModule } from '../contractors/contractors.module';
import { LedgerModule } from '../ledger/ledger.module';
import { PaymentsModule } from '../payments/payments.module';
import { ProfessionsModule } from '../professions/professions.module';
import { RatesModule } from '../rates/rates.module';
import { TaskEntity } from './entities/task.entity';
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
  providers: [TasksService, TaskLifecycleService, TasksResolver],
  exports: [TasksService],
})
export class TasksModule {}

export { TasksService, reserveSlotSql } from './tasks.service';
export type { ReturnedSlot } from './tasks.service';
export { HELD_SLOTS } from './held-slots';
export { MEASURED_PAY, MIN_MEASURED_SAMPLES } from './measured-pay';
export type { MeasuredEffort, MeasuredPay } from './measured-pay';
export type { HeldSlots } from './held-slots';
export { TaskModel, TaskConnection, TaskEdge } from './dto/task.model';
export { TaskEntity } from './entities/task.entity';
