import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { LedgerModule } from '../ledger/ledger.module';
import { RatesModule } from '../rates/rates.module';
import { SubmissionsModule } from '../submissions/submissions.module';
import { TasksModule } from '../tasks/tasks.module';
import { ReviewsResolver } from './reviews.resolver';
import { ReviewsService } from './reviews.service';

/** Reviewing submissions, assigning reviewers, bonuses. */
@Module({
  imports: [AccountsModule, LedgerModule, RatesModule, SubmissionsModule, TasksModule],
  providers: [ReviewsService, ReviewsResolver],
})
export class ReviewsModule {}
