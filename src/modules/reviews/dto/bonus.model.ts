import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MoneyModel } from '../../../core/money/money';

@ObjectType('Bonus', { description: 'An extra payment on an accepted submission, from the task escrow' })
export class BonusModel {
  @Field(() => ID) id: string;
  @Field(() => ID) submissionId: string;
  @Field(() => MoneyModel) amount: MoneyModel;
  @Field(() => MoneyModel, { description: 'Platform fee on the bonus, paid by the requester' })
  fee: MoneyModel;
  @Field() note: string;
  @Field(() => ID, { description: 'The ledger entry that paid it' }) ledgerEntryId: string;
  @Field() createdAt: Date;
}
