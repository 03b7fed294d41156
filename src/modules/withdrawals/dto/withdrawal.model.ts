import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { PageInfo } from '../../../core/pagination/cursor';

@ObjectType('ConsentReceipt', { description: 'The consent one of your samples was shared under' })
export class ConsentReceiptModel {
  @Field(() => ID) submissionId: string;
  @Field(() => ID) taskId: string;
  @Field(() => ID, { description: 'The requesting organisation (withdrawConsent can name it)' })
  organizationId: string;
  @Field() termsVersion: string;
  @Field(() => [String]) purposes: string[];
  @Field(() => Int) retentionDays: number;
  @Field({ description: 'When you gave the consent in force at submission' }) consentGivenAt: Date;
  @Field({ description: 'When you attested and submitted' }) submittedAt: Date;
  @Field({ description: 'False once a withdrawal covers it: it has left every listing and export' })
  stillConsented: boolean;
}

@ObjectType('ConsentReceiptEdge')
export class ConsentReceiptEdge {
  @Field() cursor: string;
  @Field(() => ConsentReceiptModel) node: ConsentReceiptModel;
}

@ObjectType('ConsentReceiptConnection')
export class ConsentReceiptConnection {
  @Field(() => [ConsentReceiptEdge]) edges: ConsentReceiptEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType('WithdrawalNotice', {
  description: 'A sample whose contributor withdrew consent: delete every copy you exported',
})
export class WithdrawalNoticeModel {
  @Field(() => ID) submissionId: string;
  @Field(() => ID) taskId: string;
  @Field({ description: "The contributor's pseudonym, as in exports" }) contributor: string;
  @Field() withdrawnAt: Date;
  @Field({ description: 'When its content is erased from the platform' }) eraseAfter: Date;
}

@ObjectType('WithdrawalNoticeEdge')
export class WithdrawalNoticeEdge {
  @Field() cursor: string;
  @Field(() => WithdrawalNoticeModel) node: WithdrawalNoticeModel;
}

@ObjectType('TaskWithdrawalCount')
export class TaskWithdrawalCountModel {
  @Field(() => ID) taskId: string;
  @Field(() => Int) samples: number;
}

@ObjectType('WithdrawalNoticeConnection', { description: 'Oldest first: poll with the last endCursor' })
export class WithdrawalNoticeConnection {
  @Field(() => [WithdrawalNoticeEdge]) edges: WithdrawalNoticeEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
  @Field(() => [TaskWithdrawalCountModel], { description: 'Withdrawn samples per task, all time' })
  byTask: TaskWithdrawalCountModel[];
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() first?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() after?: string;
}

@ArgsType()
export class SetWithdrawalWebhookArgs {
  @Field({ description: 'Where notices are POSTed (https in production)' })
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'url must be an http(s) URL' },
  )
  @MaxLength(2000, { message: 'url must be at most 2000 characters' })
  url: string;
}

@ObjectType('WithdrawalWebhook', {
  description:
    'Your endpoint for withdrawal notices. Each POST carries the header Fairsample-Signature: ' +
    't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" keyed with secret>; the body is ' +
    '{ id, type: "withdrawal.notice", notice }, resent with the same id when a delivery is retried',
})
export class WithdrawalWebhookModel {
  @Field() url: string;
  @Field({ description: 'The signing secret: shown now only, replaced each time the webhook is set' })
  secret: string;
  @Field() updatedAt: Date;
}
