import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString } from 'class-validator';
import { ArtifactKind, Tier } from '../../../core/domain/work.enums';
import { MoneyModel } from '../../../core/money/money';
import { PageInfo } from '../../../core/pagination/cursor';
import { PayoutStatusEnum } from '../../payouts/payouts.module';

@ObjectType('Earnings', { description: 'Per currency' })
export class EarningsModel {
  @Field(() => [MoneyModel], { description: 'Submitted, awaiting review, at the price locked on the task' })
  pending: MoneyModel[];
  @Field(() => [MoneyModel], { description: 'Your payable balance in the ledger: earned, not yet paid out' })
  payable: MoneyModel[];
  @Field(() => [MoneyModel], { description: 'Earned and already paid out' }) paid: MoneyModel[];
}

export enum EarningKind {
  SAMPLE = 'SAMPLE',
  BONUS = 'BONUS',
}
registerEnumType(EarningKind, { name: 'EarningKind' });

@ObjectType('EarningLinePayout', {
  description: 'The payout that took a statement line out of your payable balance, and its transfer',
})
export class EarningLinePayoutModel {
  @Field(() => ID) id: string;
  @Field(() => PayoutStatusEnum) status: PayoutStatusEnum;
  @Field(() => Date, { nullable: true, description: 'When the transfer was confirmed (PAID)' })
  paidAt: Date | null;
  @Field(() => String, { nullable: true, description: "The payment processor's transfer id" })
  transferId: string | null;
}

@ObjectType('EarningLine', { description: 'One payment into your payable balance, traceable to its work' })
export class EarningLineModel {
  @Field(() => EarningKind) kind: EarningKind;
  @Field(() => ID) submissionId: string;
  @Field(() => ID) taskId: string;
  @Field() taskTitle: string;
  @Field({ description: 'The rate table the price was locked from' }) rateTableVersion: string;
  @Field({ description: 'The rate row: occupation code' }) professionCode: string;
  @Field(() => ArtifactKind) artifactKind: ArtifactKind;
  @Field(() => Tier) tier: Tier;
  @Field(() => MoneyModel) amount: MoneyModel;
  @Field(() => ID, { description: 'The ledger entry that credited it' }) ledgerEntryId: string;
  @Field() creditedAt: Date;
  @Field({ description: 'Accepted by the platform (review window passed, or dispute upheld)' })
  acceptedBySystem: boolean;
  @Field(() => EarningLinePayoutModel, {
    nullable: true,
    description: 'The payout that paid this line; null while it is still in your payable balance',
  })
  payout: EarningLinePayoutModel | null;
}

@ObjectType('EarningLineEdge')
export class EarningLineEdge {
  @Field() cursor: string;
  @Field(() => EarningLineModel) node: EarningLineModel;
}

@ObjectType('EarningsStatement')
export class EarningsStatement {
  @Field(() => [EarningLineEdge]) edges: EarningLineEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ArgsType()
export class StatementArgs {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() first?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() after?: string;
}
