import { Module } from '@nestjs/common';
import { ConsentResolver } from './consent.resolver';
import { ConsentService } from './consent.service';

/** Consent terms and contractors' consents. Others check terms with ConsentService.assertCovers. */
@Module({
  providers: [ConsentService, ConsentResolver],
  exports: [ConsentService],
})
export class ConsentModule {}

export { ConsentService } from './consent.service';
export { withdrawalCovers } from './consent-withdrawn';
export type { ConsentUse } from './consent-withdrawn';
export type { ConsentRow, ConsentWithdrawalRow, ConsentWithdrawalScope } from './consent.service';
export { ConsentModel } from './dto/consent.model';
export { WithdrawConsentArgs } from './dto/consent.input';
