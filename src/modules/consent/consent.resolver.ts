import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../core/auth/decorators';
import { Role } from '../../core/auth/roles';
import type { Principal } from '../../core/auth/roles';
import { ConsentService } from './consent.service';
import { ConsentTermsInput, GiveConsentArgs } from './dto/consent.input';
import { ConsentModel, ConsentTermsModel } from './dto/consent.model';

@Resolver(() => ConsentModel)
export class ConsentResolver {
  constructor(private readonly consent: ConsentService) {}

  @Roles(Role.ADMIN)
  @Mutation(() => ConsentTermsModel, { description: 'Publishes consent terms; they never change after' })
  async publishConsentTerms(
    @CurrentUser() me: Principal,
    @Args('input') input: ConsentTermsInput,
  ): Promise<ConsentTermsModel> {
    return ConsentTermsModel.from(await this.consent.publishTerms(me, input));
  }

  @Query(() => [ConsentTermsModel], {
    description: 'Every published version of the consent terms, newest first',
  })
  async consentTerms(): Promise<ConsentTermsModel[]> {
    return (await this.consent.listTerms()).map((t) => ConsentTermsModel.from(t));
  }

  @Roles(Role.CONTRACTOR)
  @Mutation(() => ConsentModel)
  async giveConsent(
    @CurrentUser() me: Principal,
    @Args() { termsVersion, purposes }: GiveConsentArgs,
  ): Promise<ConsentModel> {
    return ConsentModel.from(await this.consent.give(me, termsVersion, purposes));
  }

  @Roles(Role.CONTRACTOR)
  @Query(() => [ConsentModel], { description: 'Your consents, current and withdrawn, newest first' })
  async myConsents(@CurrentUser() me: Principal): Promise<ConsentModel[]> {
    return (await this.consent.mine(me)).map((c) => ConsentModel.from(c));
  }
}
