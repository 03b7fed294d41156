import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { ConsentModule } from '../consent/consent.module';
import { ContractorsModule } from '../contractors/contractors.module';
import { LedgerModule } from '../ledger/ledger.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { TasksModule } from '../tasks/tasks.module';
import { MeasuredPayModule } from './measured-pay.service';
import { SubmissionConsent } from './submission-consent';
import { SubmissionViews } from './submission-views';
import { SubmissionsResolver } from './submissions.resolver';
import { SubmissionsService } from './submissions.service';

/** Samples on claims, their scan, who sees them, and the review transitions (with payment). */
@Module({
  imports: [
    MeasuredPayModule,
    ClaimsModule,
    ConsentModule,
    ContractorsModule,
    LedgerModule,
    PrivacyModule,
    TasksModule,
  ],
  providers: [SubmissionsService, SubmissionViews, SubmissionsResolver, SubmissionConsent],
  exports: [SubmissionsService, SubmissionConsent],
})
export class SubmissionsModule {}

export { SubmissionsService, AUTO_ACCEPT_JOB, AUTO_ACCEPT_SWEEP } from './submissions.service';
export type { Acceptance } from './submissions.service';
export type { SubmissionRow } from './submission-row';
export { SubmissionModel, SubmissionStatus, RejectionReason } from './dto/submission.model';
export { SubmissionIdArgs } from './dto/submissions.args';
export { alreadyDecided, budgetExhausted, submissionNotFound } from './submissions.errors';
export { SubmissionConsent, STILL_CONSENTED } from './submission-consent';
export type {
  WithdrawalScope,
  AffectedSample,
  ConsentReceiptRow,
  ExportRow,
  TaskSampleStats,
} from './submission-consent';
