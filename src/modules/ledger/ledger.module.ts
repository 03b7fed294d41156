import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LedgerEntryEntity } from './entities/ledger-entry.entity';
import { LedgerPostingEntity } from './entities/ledger-posting.entity';
import { LedgerResolver } from './ledger.resolver';
import { LedgerService } from './ledger.service';

/** The double-entry ledger. Other modules post and read through `LedgerService` only. */
@Module({
  imports: [TypeOrmModule.forFeature([LedgerEntryEntity, LedgerPostingEntity])],
  providers: [LedgerService, LedgerResolver],
  exports: [LedgerService],
})
export class LedgerModule {}

export { LedgerService, balanceKey } from './ledger.service';
export { Accounts, parseAccount, mustStayNonNegative } from './accounts';
export type { ParsedAccount } from './accounts';
export type {
  AccountBalance,
  LedgerEntry,
  LedgerLeg,
  LedgerMove,
  PostEntryInput,
  PostResult,
  TrialBalance,
} from './ledger.types';
