import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
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
  ],
  providers: [TasksService, TaskLifecycleService, TasksResolver],
  exports: [TasksService],
})
export class TasksModule {}
