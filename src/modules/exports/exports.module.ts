import { Module } from '@nestjs/common';
import { ConsentModule } from '../consent/consent.module';
import { ContractorsModule } from '../contractors/contractors.module';
import { SubmissionsModule } from '../submissions/submissions.module';
import { TasksModule } from '../tasks/tasks.module';
import { WithdrawalsModule } from '../withdrawals/withdrawals.module';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/** GET /exports/tasks/:id.jsonl (streamed samples with provenance) and /:id/datacard.md. */
@Module({
  imports: [ConsentModule, ContractorsModule, SubmissionsModule, TasksModule, WithdrawalsModule],
  controllers: [ExportsController],
  providers: [ExportsService],
})
export class ExportsModule {}
