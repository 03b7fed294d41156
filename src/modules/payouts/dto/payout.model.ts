import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { MoneyModel } from '../../../core/money/money';
import { PageInfo } from '../../../core/pagination/cursor';
import type { Payout, PayoutEligibility } from '../payouts.service';

export enum PayoutStatusEnum {
  PENDING = 'PENDING',
  PAID = 'PAID',
  FAILED = 'FAILED',
}
registerEnumType(PayoutStatusEnum, { name: 'PayoutStatus' });

@ObjectType('Payout')
export class PayoutModel {
  @Field(() => ID) id: string;
  @Field(() => PayoutStatusEnum) status: PayoutStatusEnum;
  @Field(() => MoneyModel) amount: MoneyModel;
  @Field(() => ID, { description: "The contractor's User.id" }) contractorId: string;
  @Field(() => String, { nullable: true, description: "The processor's reason, when FAILED" })
  failureReason: string | null;

  static from(p: Payout): PayoutModel {
    return {
      id: p.id,
      status: p.status as PayoutStatusEnum,
      amount: MoneyModel.of({ amountMinor: p.amount, currency: p.currency }),
      contractorId: p.contractorId,
      failureReason: p.failureReason,
    };
  }
}

@ObjectType('PayoutEdge')
export class PayoutEdge {
  @Field() cursor: string;
  @Field(() => PayoutModel) node: PayoutModel;
}

@ObjectType('PayoutConnection')
export class PayoutConnection {
  @Field(() => [PayoutEdge]) edges: PayoutEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType('PayoutBatch')
export class PayoutBatchModel {
  @Field(() => ID) id: string;
  @Field(() => [PayoutModel]) payouts: PayoutModel[];
}

@ObjectType('PayoutOnboarding')
export class PayoutOnboardingModel {
  @Field() onboardingUrl: string;
  @Field() payoutsEnabled: boolean;
}

@ObjectType('PayoutEligibility', {
  description: 'Whether the next payout run pays this balance, and if not, why (in plain words)',
})
export class PayoutEligibilityModel {
  @Field(() => MoneyModel) payable: MoneyModel;
  @Field(() => MoneyModel) minimum: MoneyModel;
  @Field() eligible: boolean;
  @Field(() => [String]) reasons: string[];

  static from(e: PayoutEligibility): PayoutEligibilityModel {
    return {
      payable: MoneyModel.of({ amountMinor: e.payable, currency: e.currency }),
      minimum: MoneyModel.of({ amountMinor: e.minimum, currency: e.currency }),
      eligible: e.eligible,
      reasons: e.reasons,
    };
  }
}

@ObjectType('PayoutAccountStatus', { description: 'Your payout account at the payment processor' })
export class PayoutAccountStatusModel {
  @Field() onboardingStarted: boolean;
  @Field() payoutsEnabled: boolean;
  @Field(() => [String], { description: 'What the payment processor still needs from you' })
  requirements: string[];
  @Field(() => String, { nullable: true }) disabledReason: string | null;
  @Field(() => String, { nullable: true }) lastBankPayoutFailure: string | null;
  @Field(() => [PayoutEligibilityModel]) balances: PayoutEligibilityModel[];
}

@ArgsType()
export class RunPayoutsArgs {
  @Field()
  @IsString()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as USD' })
  currency: string;
}

@ArgsType()
export class PayoutsArgs {
  @Field(() => PayoutStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(PayoutStatusEnum))
  status?: PayoutStatusEnum;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(100) first?: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() after?: string;
}
