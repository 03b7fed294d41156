import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ContractorsModule } from '../contractors/contractors.module';
import { DisputesModule } from '../disputes/disputes.module';
import { WithdrawalsModule } from '../withdrawals/withdrawals.module';
import { ErasureRequestsService } from './erasure-requests.service';
import { ErasureResolver } from './erasure.resolver';
import { ErasureService } from './erasure.service';

/** A contractor's verified erasure request, carried out by an admin, keeping the books under an opaque id. */
@Module({
  imports: [AccountsModule, ContractorsModule, DisputesModule, WithdrawalsModule],
  providers: [ErasureService, ErasureRequestsService, ErasureResolver],
})
export class ErasureModule {}
