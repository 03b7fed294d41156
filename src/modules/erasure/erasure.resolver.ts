import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../core/auth/decorators';
import { Role } from '../../core/auth/roles';
import type { Principal } from '../../core/auth/roles';
import {
  ContractorErasureModel,
  EraseContractorArgs,
  ErasureRequestModel,
  RequestErasureArgs,
} from './dto/erasure.model';
import { ErasureRequestsService } from './erasure-requests.service';
import { ErasureService } from './erasure.service';

@Resolver()
export class ErasureResolver {
  constructor(
    private readonly erasure: ErasureService,
    private readonly requests: ErasureRequestsService,
  ) {}

  @Roles(Role.CONTRACTOR)
  @Mutation(() => ErasureRequestModel, {
    description:
      'Asks for this account to be erased, confirming the password; an admin carries it out within a month. ' +
      'Asking again returns the open request',
  })
  requestErasure(
    @CurrentUser() me: Principal,
    @Args() { password }: RequestErasureArgs,
  ): Promise<ErasureRequestModel> {
    return this.requests.request(me, password);
  }

  @Roles(Role.ADMIN)
  @Query(() => [ErasureRequestModel], {
    description: 'Verified erasure requests waiting to be carried out, oldest first (at most 100)',
  })
  openErasureRequests(): Promise<ErasureRequestModel[]> {
    return this.requests.open();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ContractorErasureModel, {
    description:
      'Erases a contractor on its verified erasure request (else NO_VERIFIED_REQUEST): identity, profile, evidence and content go; ' +
      'its money stays in the books under its opaque id, and it can no longer sign in',
  })
  eraseContractor(
    @CurrentUser() me: Principal,
    @Args() { userId, requestReference }: EraseContractorArgs,
  ): Promise<ContractorErasureModel> {
    return this.erasure.eraseContractor(me, userId, requestReference);
  }
}
