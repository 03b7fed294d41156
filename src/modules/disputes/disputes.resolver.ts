import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../core/auth/decorators';
import { Role } from '../../core/auth/roles';
import type { Principal } from '../../core/auth/roles';
import { DisputesService } from './disputes.service';
import {
  DisputeConnection,
  DisputeModel,
  DisputeRejectionArgs,
  DisputesArgs,
  ResolveDisputeArgs,
} from './dto/dispute.model';

@Resolver(() => DisputeModel)
export class DisputesResolver {
  constructor(private readonly service: DisputesService) {}

  @Roles(Role.CONTRACTOR)
  @Mutation(() => DisputeModel, {
    description: 'Appeals a rejection of your submission, once, within 14 days',
  })
  disputeRejection(@CurrentUser() me: Principal, @Args() args: DisputeRejectionArgs): Promise<DisputeModel> {
    return this.service.open(me, args.submissionId, args.message);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => DisputeModel, {
    description: 'Decides a dispute; upholding accepts and pays the submission',
  })
  resolveDispute(@CurrentUser() me: Principal, @Args() args: ResolveDisputeArgs): Promise<DisputeModel> {
    return this.service.resolve(me, args.disputeId, args.uphold, args.note);
  }

  @Roles(Role.CONTRACTOR, Role.ADMIN)
  @Query(() => DisputeConnection, { description: 'Admins: every dispute; contractors: their own' })
  disputes(@CurrentUser() me: Principal, @Args() args: DisputesArgs): Promise<DisputeConnection> {
    return this.service.list(me, args);
  }
}
