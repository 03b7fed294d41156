import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../core/auth/decorators';
import { Role } from '../../core/auth/roles';
import type { Principal } from '../../core/auth/roles';
import { ReconciliationArgs, ReconciliationReportModel } from './dto/reconciliation.model';
import { ReconciliationService } from './reconciliation.service';

@Resolver(() => ReconciliationReportModel)
export class ReconciliationResolver {
  constructor(private readonly service: ReconciliationService) {}

  @Roles(Role.FINANCE, Role.ADMIN)
  @Query(() => ReconciliationReportModel, {
    description: "The window's fundings, refunds and payouts matched against the processor",
  })
  async reconciliation(@Args() { from, to }: ReconciliationArgs): Promise<ReconciliationReportModel> {
    return ReconciliationReportModel.from(await this.service.reconcile(from, to));
  }

  @Roles(Role.FINANCE, Role.ADMIN)
  @Mutation(() => ReconciliationReportModel, {
    description:
      'Closes [from, to) when it reconciles with no mismatch; later entries go into the open period',
  })
  async closePeriod(
    @CurrentUser() me: Principal,
    @Args() { from, to }: ReconciliationArgs,
  ): Promise<ReconciliationReportModel> {
    return ReconciliationReportModel.from(await this.service.closePeriod(from, to, me));
  }
}
