import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../core/auth/decorators';
import { Role } from '../../core/auth/roles';
import type { Principal } from '../../core/auth/roles';
import { ContractorErasureModel, EraseContractorArgs } from './dto/erasure.model';
import { ErasureService } from './erasure.service';

@Resolver()
export class ErasureResolver {
  constructor(private readonly erasure: ErasureService) {}

  @Roles(Role.ADMIN)
  @Mutation(() => ContractorErasureModel, {
    description:
      'Erases a contractor on a verified request: identity, profile, evidence and content go; ' +
      'its money stays in the books under its opaque id, and it can no longer sign in',
  })
  eraseContractor(
    @CurrentUser() me: Principal,
    @Args() { userId, requestReference }: EraseContractorArgs,
  ): Promise<ContractorErasureModel> {
    return this.erasure.eraseContractor(me, userId, requestReference);
  }
}
