import { Module } from '@nestjs/common';
import { PaymentsModule } from '../payments/payments.module';
import { PayoutsModule } from '../payouts/payouts.module';
import { ReconciliationController } from './reconciliation.controller';
import { ReconciliationResolver } from './reconciliation.resolver';
import { ReconciliationService } from './reconciliation.service';

/** Finance's view: the ledger against the processor, and closed periods. */
@Module({
  imports: [PaymentsModule, PayoutsModule],
  controllers: [ReconciliationController],
  providers: [ReconciliationService, ReconciliationResolver],
  exports: [ReconciliationService],
})
export class ReconciliationModule {}

export { ReconciliationService } from './reconciliation.service';
export type { Mismatch, MismatchKind, ReconciliationReport } from './reconciliation.types';
