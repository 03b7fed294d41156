import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { PayoutsModule } from '../payouts/payouts.module';
import { EarningsResolver } from './earnings.resolver';
import { EarningsService } from './earnings.service';

/** A contractor's earnings and statement: read-only, money from the ledger, payouts from payouts. */
@Module({
  imports: [LedgerModule, PayoutsModule],
  providers: [EarningsService, EarningsResolver],
})
export class EarningsModule {}
