import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MoneyModel } from '../../../core/money/money';
import { FundingEntity } from '../entities/funding.entity';
import { FundingStatus } from '../entities/funding-status';

export { FundingStatus };
registerEnumType(FundingStatus, { name: 'FundingStatus' });

@ObjectType('Funding')
export class FundingModel {
  @Field(() => ID) id: string;
  @Field(() => FundingStatus) status: FundingStatus;
  @Field(() => MoneyModel) amount: MoneyModel;
  @Field(() => ID) taskId: string;
  @Field(() => String, {
    nullable: true,
    description: 'Why the payment failed, in words (e.g. the card was declined)',
  })
  failureReason: string | null;
  @Field(() => String, { nullable: true, description: 'The processor decline code, e.g. generic_decline' })
  failureCode: string | null;

  static from(f: FundingEntity): FundingModel {
    return {
      id: f.id,
      status: f.status,
      amount: MoneyModel.of({ amountMinor: f.amount, currency: f.currency }),
      taskId: f.taskId,
      failureReason: f.failureReason,
      failureCode: f.failureCode,
    };
  }
}
