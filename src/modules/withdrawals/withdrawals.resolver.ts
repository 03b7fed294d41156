import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../core/auth/decorators';
import { Role } from '../../core/auth/roles';
import type { Principal } from '../../core/auth/roles';
import { ConsentModel, WithdrawConsentArgs } from '../consent/consent.module';
import {
  ConsentReceiptConnection,
  PageArgs,
  SetWithdrawalWebhookArgs,
  WithdrawalNoticeConnection,
  WithdrawalWebhookModel,
} from './dto/withdrawal.model';
import { WithdrawalWebhooksService } from './withdrawal-webhooks.service';
import { WithdrawalsService } from './withdrawals.service';

@Resolver()
export class WithdrawalsResolver {
  constructor(
    private readonly withdrawals: WithdrawalsService,
    private readonly webhooks: WithdrawalWebhooksService,
  ) {}

  @Roles(Role.REQUESTER)
  @Mutation(() => WithdrawalWebhookModel, {
    description:
      "Sets your organisation's endpoint for withdrawal notices (a signed POST per notice, retried " +
      'until it answers 2xx), with a new signing secret',
  })
  setWithdrawalWebhook(
    @CurrentUser() me: Principal,
    @Args() { url }: SetWithdrawalWebhookArgs,
  ): Promise<WithdrawalWebhookModel> {
    return this.webhooks.set(me, url);
  }

  @Roles(Role.REQUESTER)
  @Mutation(() => Boolean, {
    description: 'Stops pushing withdrawal notices (the feed stays); false if none was set',
  })
  removeWithdrawalWebhook(@CurrentUser() me: Principal): Promise<boolean> {
    return this.webhooks.remove(me);
  }

  @Roles(Role.CONTRACTOR)
  @Mutation(() => ConsentModel, {
    description:
      'Withdraws consent (all of it, or one terms version, organisation or purpose): the samples it ' +
      'covers leave listings and exports at once and their text is erased within 30 days. ' +
      'Money already earned stays yours',
  })
  async withdrawConsent(
    @CurrentUser() me: Principal,
    @Args() args: WithdrawConsentArgs,
  ): Promise<ConsentModel> {
    return ConsentModel.from(await this.withdrawals.withdraw(me, args));
  }

  @Roles(Role.CONTRACTOR)
  @Query(() => ConsentReceiptConnection, { description: 'The consent each of your samples was made under' })
  myConsentReceipts(@CurrentUser() me: Principal, @Args() args: PageArgs): Promise<ConsentReceiptConnection> {
    return this.withdrawals.receipts(me, args);
  }

  @Roles(Role.REQUESTER)
  @Query(() => WithdrawalNoticeConnection, {
    description: 'Samples of your organisation whose consent was withdrawn: delete your copies',
  })
  withdrawalNotices(
    @CurrentUser() me: Principal,
    @Args() args: PageArgs,
  ): Promise<WithdrawalNoticeConnection> {
    return this.withdrawals.notices(me, args);
  }
}
