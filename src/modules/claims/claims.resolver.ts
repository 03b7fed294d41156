import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../core/auth/decorators';
import { Role } from '../../core/auth/roles';
import type { Principal } from '../../core/auth/roles';
import { ClaimsService } from './claims.service';
import { ClaimTaskArgs, MyClaimsArgs, ReleaseClaimArgs } from './dto/claim.args';
import { ClaimConnection, ClaimModel } from './dto/claim.model';

@Resolver(() => ClaimModel)
export class ClaimsResolver {
  constructor(private readonly claims: ClaimsService) {}

  @Roles(Role.CONTRACTOR)
  @Mutation(() => ClaimModel, { description: "Reserves one slot until the task's claim time limit" })
  claimTask(@CurrentUser() me: Principal, @Args() { taskId }: ClaimTaskArgs): Promise<ClaimModel> {
    return this.claims.claim(me, taskId);
  }

  @Roles(Role.CONTRACTOR)
  @Mutation(() => ClaimModel, { description: 'Gives an ACTIVE claim back; its slot returns to the task' })
  releaseClaim(@CurrentUser() me: Principal, @Args() { claimId }: ReleaseClaimArgs): Promise<ClaimModel> {
    return this.claims.release(me, claimId);
  }

  @Roles(Role.CONTRACTOR)
  @Query(() => ClaimModel, { description: 'One of your claims' })
  claim(@CurrentUser() me: Principal, @Args() { claimId }: ReleaseClaimArgs): Promise<ClaimModel> {
    return this.claims.findOwnOrThrow(me, claimId);
  }

  @Roles(Role.CONTRACTOR)
  @Query(() => ClaimConnection, { description: 'Your claims, newest first, optionally of one status' })
  myClaims(@CurrentUser() me: Principal, @Args() args: MyClaimsArgs): Promise<ClaimConnection> {
    return this.claims.listOwn(me, args);
  }
}
