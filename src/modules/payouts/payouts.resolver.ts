import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../core/auth/decorators';
import { Role } from '../../core/auth/roles';
import type { Principal } from '../../core/auth/roles';
import {
  PayoutAccountStatusModel,
  PayoutBatchModel,
  PayoutConnection,
  PayoutEligibilityModel,
  PayoutModel,
  PayoutOnboardingModel,
  PayoutsArgs,
  RunPayoutsArgs,
} from './dto/payout.model';
import { PayoutAccountsService } from './payout-accounts.service';
import { PayoutsService } from './payouts.service';

@Resolver(() => PayoutModel)
export class PayoutsResolver {
  constructor(
    private readonly service: PayoutsService,
    private readonly accounts: PayoutAccountsService,
  ) {}

  @Roles(Role.CONTRACTOR)
  @Mutation(() => PayoutOnboardingModel, {
    description:
      'Opens your payout account at the payment processor (once) and returns a fresh link to its onboarding',
  })
  startPayoutOnboarding(@CurrentUser() me: Principal): Promise<PayoutOnboardingModel> {
    return this.accounts.startOnboarding(me.userId);
  }

  @Roles(Role.CONTRACTOR)
  @Query(() => PayoutAccountStatusModel, {
    description: 'Whether you can be paid, and what is missing if not',
  })
  async myPayoutAccount(@CurrentUser() me: Principal): Promise<PayoutAccountStatusModel> {
    const status = await this.accounts.status(me.userId);
    const balances = await this.service.eligibility(me.userId);
    return { ...status, balances: balances.map((b) => PayoutEligibilityModel.from(b)) };
  }

  @Roles(Role.FINANCE, Role.ADMIN)
  @Mutation(() => PayoutBatchModel, {
    description: 'Pays every contractor with payouts enabled its payable balance at or above the minimum',
  })
  async runPayouts(
    @CurrentUser() me: Principal,
    @Args() { currency }: RunPayoutsArgs,
  ): Promise<PayoutBatchModel> {
    const run = await this.service.run(currency, `user:${me.userId}`);
    const payouts = await this.service.ofRun(run.runId);
    return { id: run.runId, payouts: payouts.map((p) => PayoutModel.from(p)) };
  }

  @Roles(Role.FINANCE, Role.ADMIN, Role.CONTRACTOR)
  @Query(() => PayoutConnection, { description: 'Finance: every payout; a contractor: its own' })
  async payouts(@CurrentUser() me: Principal, @Args() args: PayoutsArgs): Promise<PayoutConnection> {
    const own = me.role === Role.CONTRACTOR ? { contractorId: me.userId } : {};
    const page = await this.service.list({ ...own, status: args.status }, args.first, args.after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: PayoutModel.from(e.node) })) };
  }
}
