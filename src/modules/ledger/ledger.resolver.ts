import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../core/auth/decorators';
import { Role } from '../../core/auth/roles';
import { TrialBalanceModel } from './dto/trial-balance.model';
import { LedgerService } from './ledger.service';

@Resolver(() => TrialBalanceModel)
export class LedgerResolver {
  constructor(private readonly ledger: LedgerService) {}

  @Roles(Role.FINANCE, Role.ADMIN)
  @Query(() => TrialBalanceModel, {
    description: "Every account's balance in one currency and their total, which is always 0",
  })
  async trialBalance(@Args('currency') currency: string): Promise<TrialBalanceModel> {
    return TrialBalanceModel.from(await this.ledger.trialBalance(currency));
  }
}
