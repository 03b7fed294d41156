import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from './core/config/app-config';
import { CoreModule } from './core/core.module';
import { AccountsModule } from './modules/accounts/accounts.module';
import { ClaimsModule } from './modules/claims/claims.module';
import { ConsentModule } from './modules/consent/consent.module';
import { ContractorsModule } from './modules/contractors/contractors.module';
import { DisputesModule } from './modules/disputes/disputes.module';
import { EarningsModule } from './modules/earnings/earnings.module';
import { LedgerModule } from './modules/ledger/ledger.module';
import { MatchingModule } from './modules/matching/matching.module';
import { PrivacyModule } from './modules/privacy/privacy.module';
import { ProfessionsModule } from './modules/professions/professions.module';
import { PaymentsModule } from './modules/payments/payments.module';
import { PayoutsModule } from './modules/payouts/payouts.module';
import { ReconciliationModule } from './modules/reconciliation/reconciliation.module';
import { RatesModule } from './modules/rates/rates.module';
import { ReviewsModule } from './modules/reviews/reviews.module';
import { SubmissionsModule } from './modules/submissions/submissions.module';
import { TasksModule } from './modules/tasks/tasks.module';
import { ErasureModule } from './modules/erasure/erasure.module';
import { ExportsModule } from './modules/exports/exports.module';
import { WithdrawalsModule } from './modules/withdrawals/withdrawals.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        AccountsModule,
        ProfessionsModule,
        LedgerModule,
        RatesModule,
        PrivacyModule,
        PaymentsModule,
        TasksModule,
        ContractorsModule,
        ConsentModule,
        MatchingModule,
        ClaimsModule,
        SubmissionsModule,
        ReviewsModule,
        DisputesModule,
        EarningsModule,
        WithdrawalsModule,
        ExportsModule,
        ErasureModule,
        PayoutsModule,
        ReconciliationModule,
      ],
    };
  }
}
