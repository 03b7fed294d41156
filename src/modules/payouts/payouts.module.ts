import { Module } from '@nestjs/common';
import { ContractorsModule } from '../contractors/contractors.module';
import { LedgerModule } from '../ledger/ledger.module';
import { PaymentsModule } from '../payments/payments.module';
import { PayoutAccountsService } from './payout-accounts.service';
import { PayoutRunsService } from './payout-runs.service';
import { PayoutsResolver } from './payouts.resolver';
import { PayoutsService } from './payouts.service';

/** Contractors' payout accounts at the processor and the payouts made to them. */
@Module({
  imports: [LedgerModule, PaymentsModule, ContractorsModule],
  providers: [PayoutsService, PayoutRunsService, PayoutAccountsService, PayoutsResolver],
  exports: [PayoutsService],
})
export class PayoutsModule {}

export { PARTLY_REVERSED, PayoutsService } from './payouts.service';
export { PayoutStatusEnum } from './dto/payout.model';
export type {
  Payout,
  PayoutCover,
  PayoutEligibility,
  PayoutRunResult,
  PayoutStatus,
} from './payouts.service';
