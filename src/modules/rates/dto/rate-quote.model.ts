import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MoneyModel } from '../../../core/money/money';
import type { Quote } from '../rates.service';

@ObjectType('RateQuote', {
  description:
    'What one accepted sample costs. The matched row prices its tier directly (tier multiplier 1) ' +
    'and there is no experience premium yet, so pricePerSample is the row’s base amount.',
})
export class RateQuoteModel {
  @Field(() => MoneyModel, { description: 'What the contractor is paid for one accepted sample' })
  pricePerSample: MoneyModel;
  @Field(() => MoneyModel, { description: 'platformFeeBasisPoints of the price, half-up to the minor unit' })
  platformFee: MoneyModel;
  @Field(() => MoneyModel, { description: 'pricePerSample + platformFee' }) requesterCost: MoneyModel;
  @Field(() => Int) estimatedMinutes: number;
  @Field(() => MoneyModel, { description: 'pricePerSample per hour of estimated effort, half-up' })
  effectiveHourly: MoneyModel;
  @Field() rateTableVersion: string;
  @Field(() => ID) rateTableId: string;
  @Field(() => Int) platformFeeBasisPoints: number;
  @Field({ description: 'The code whose row priced this: the occupation itself or its nearest SOC group' })
  matchedProfessionCode: string;

  static from(q: Quote): RateQuoteModel {
    const money = (amountMinor: bigint) => MoneyModel.of({ amountMinor, currency: q.currency });
    return {
      pricePerSample: money(q.pricePerSample),
      platformFee: money(q.platformFee),
      requesterCost: money(q.requesterCost),
      estimatedMinutes: q.estimatedMinutes,
      effectiveHourly: money(q.effectiveHourly),
      rateTableVersion: q.rateTableVersion,
      rateTableId: q.rateTableId,
      platformFeeBasisPoints: q.platformFeeBasisPoints,
      matchedProfessionCode: q.matchedProfessionCode,
    };
  }
}
