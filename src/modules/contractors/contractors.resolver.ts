import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../core/auth/decorators';
import { Role } from '../../core/auth/roles';
import type { Principal } from '../../core/auth/roles';
import { ContractorsService } from './contractors.service';
import { ContractorProfileInput } from './dto/contractor-profile.input';
import { ContractorProfileModel } from './dto/contractor-profile.model';

@Resolver(() => ContractorProfileModel)
export class ContractorsResolver {
  constructor(private readonly contractors: ContractorsService) {}

  @Roles(Role.CONTRACTOR)
  @Mutation(() => ContractorProfileModel, {
    description: 'Sets where you live, your languages and occupations (replacing the previous ones)',
  })
  async updateContractorProfile(
    @CurrentUser() me: Principal,
    @Args('input') input: ContractorProfileInput,
  ): Promise<ContractorProfileModel> {
    return ContractorProfileModel.from(await this.contractors.updateProfile(me.userId, input));
  }

  @Roles(Role.CONTRACTOR)
  @Query(() => ContractorProfileModel, { nullable: true, description: 'Your profile; null until you set it' })
  async myContractorProfile(@CurrentUser() me: Principal): Promise<ContractorProfileModel | null> {
    const profile = await this.contractors.findProfile(me.userId);
    return profile && ContractorProfileModel.from(profile);
  }
}
