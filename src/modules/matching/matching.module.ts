import { Module } from '@nestjs/common';
import { ContractorsModule } from '../contractors/contractors.module';
import { ProfessionsModule } from '../professions/professions.module';
import { TasksModule } from '../tasks/tasks.module';
import { MatchingResolver } from './matching.resolver';
import { MatchingService } from './matching.service';

/** Eligibility: the contractor feed, reasons, the claim's check and requesters' sizing. */
@Module({
  imports: [TasksModule, ProfessionsModule, ContractorsModule],
  providers: [MatchingService, MatchingResolver],
  exports: [MatchingService],
})
export class MatchingModule {}

export { MatchingService } from './matching.service';
export { EligibilityRule, eligibleTaskSql } from './eligibility-rules';
