import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from './core/config/app-config';
import { CoreModule } from './core/core.module';
import { AccountsModule } from './modules/accounts/accounts.module';
import { LedgerModule } from './modules/ledger/ledger.module';
import { PrivacyModule } from './modules/privacy/privacy.module';
import { ProfessionsModule } from './modules/professions/professions.module';
import { PaymentsModule } from './modules/payments/payments.module';
import { RatesModule } from './modules/rates/rates.module';
import { TasksModule } from './modules/tasks/tasks.module';

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
      ],
    };
  }
}
