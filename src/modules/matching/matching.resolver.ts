import { Args, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentUser, Roles } from '../../core/auth/decorators';
import { Role } from '../../core/auth/roles';
import type { Principal } from '../../core/auth/roles';
import { selectedFields } from '../../core/graphql/selection';
import { readsFor, TaskConnection } from '../tasks/tasks.module';
import { ContractorMatchesModel } from './dto/contractor-matches.model';
import { EligibilityModel } from './dto/eligibility.model';
import { FeedConnection } from './dto/feed.model';
import { EligibleTasksArgs, MatchContractorsArgs, TaskEligibilityArgs } from './dto/matching.args';
import { MatchingService } from './matching.service';

@Resolver()
export class MatchingResolver {
  constructor(private readonly matching: MatchingService) {}

  @Roles(Role.CONTRACTOR)
  @Query(() => TaskConnection, { description: 'Open tasks you can claim now, best paid per hour first' })
  eligibleTasks(
    @CurrentUser() me: Principal,
    @Args() args: EligibleTasksArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<FeedConnection> {
    return this.matching.feed(me, args, readsFor(selectedFields(info, ['edges', 'node'])));
  }

  @Roles(Role.CONTRACTOR)
  @Query(() => EligibilityModel, { description: 'Whether you can claim the task, and every reason why not' })
  taskEligibility(
    @CurrentUser() me: Principal,
    @Args() { taskId }: TaskEligibilityArgs,
  ): Promise<EligibilityModel> {
    return this.matching.explain(me, taskId);
  }

  @Roles(Role.REQUESTER, Role.ADMIN)
  @Query(() => ContractorMatchesModel, {
    description: "How many contractors the task's rules admit, and why not the others",
  })
  matchContractors(
    @CurrentUser() me: Principal,
    @Args() { taskId, first }: MatchContractorsArgs,
  ): Promise<ContractorMatchesModel> {
    return this.matching.sizing(me, taskId, first ?? 20);
  }
}
