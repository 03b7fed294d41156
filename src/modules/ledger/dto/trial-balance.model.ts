import { Field, ObjectType } from '@nestjs/graphql';
import { SafeIntResolver } from 'graphql-scalars';
import { MoneyModel, toSafeNumber } from '../../../core/money/money';
import type { TrialBalance } from '../ledger.types';

@ObjectType('AccountBalance')
export class AccountBalanceModel {
  @Field() account: string;
  @Field(() => MoneyModel) balance: MoneyModel;
}

@ObjectType('TrialBalance')
export class TrialBalanceModel {
  @Field() currency: string;
  @Field(() => [AccountBalanceModel]) accounts: AccountBalanceModel[];
  @Field(() => SafeIntResolver, { description: 'Sum of every balance: 0 in a balanced ledger' })
  totalMinor: number;

  static from(tb: TrialBalance): TrialBalanceModel {
    return {
      currency: tb.currency,
      accounts: tb.accounts.map((a) => ({
        account: a.account,
        balance: MoneyModel.of({ amountMinor: a.balance, currency: tb.currency }),
      })),
      totalMinor: toSafeNumber(tb.total),
    };
  }
}
