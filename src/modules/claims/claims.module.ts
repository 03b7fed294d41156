import { Module } from '@nestjs/common';
import { MatchingModule } from '../matching/matching.module';
import { PaymentsModule } from '../payments/payments.module';
import { TasksModule } from '../tasks/tasks.module';
import { ClaimHoldsModule } from './claim-holds.service';
import { ClaimsResolver } from './claims.resolver';
import { ClaimsService } from './claims.service';

/** Claims on task slots: reserve, release, expire. Others use ClaimsService. */
@Module({
  imports: [ClaimHoldsModule, TasksModule, MatchingModule, PaymentsModule],
  providers: [ClaimsService, ClaimsResolver],
  exports: [ClaimsService],
})
export class ClaimsModule {}

export { ClaimsService } from './claims.service';
export type { ClaimRow } from './claims.service';
