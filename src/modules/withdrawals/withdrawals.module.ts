import { Module } from '@nestjs/common';
import { ConsentModule } from '../consent/consent.module';
import { ContractorsModule } from '../contractors/contractors.module';
import { SubmissionsModule } from '../submissions/submissions.module';
import { WithdrawalsResolver } from './withdrawals.resolver';
import { WithdrawalWebhooksService } from './withdrawal-webhooks.service';
import { WithdrawalsService } from './withdrawals.service';

/**
 * Withdrawal of consent, consent receipts, the requesters' notice feed (and signed webhook) and
 * content erasure jobs.
 */
@Module({
  imports: [ConsentModule, ContractorsModule, SubmissionsModule],
  providers: [WithdrawalsService, WithdrawalWebhooksService, WithdrawalsResolver],
  exports: [WithdrawalsService],
})
export class WithdrawalsModule {}

export { WithdrawalsService, WITHDRAWAL_ERASE_JOB, WITHDRAWAL_ERASE_SWEEP } from './withdrawals.service';
export { SIGNATURE_HEADER, WITHDRAWAL_WEBHOOK_JOB } from './withdrawal-webhooks.service';
