import { PageArgs } from '../../../core/pagination/page.args';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { TaskStatus } from './task.model';

@ArgsType()
export class TaskIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'taskId must be a task id' }) taskId: string;
}

@ArgsType()
export class TaskArgs {
  @Field(() => ID) @IsUUID('all', { message: 'id must be a task id' }) id: string;
}

@ArgsType()
export class FundTaskArgs extends TaskIdArgs {
  @Field({ description: 'A processor payment method id, e.g. pm_card_visa' })
  @IsString()
  @Matches(/^pm_[A-Za-z0-9_]{1,100}$/, {
    message: 'paymentMethod must be a payment method id such as pm_card_visa',
  })
  paymentMethod: string;

  @Field(() => SafeIntResolver, {
    nullable: true,
    description:
      'A top-up of an OPEN or PAUSED task, in minor units of its currency: spare escrow that bonuses ' +
      'can pay (e.g. the top-up an UNDERPAID task is told). Leave it out for a DRAFT, which is ' +
      'funded to its budget; what a closed task has not spent is refunded.',
  })
  @IsOptional()
  @IsInt({ message: 'amount must be a whole number of minor units' })
  @Min(1, { message: 'amount must be at least 1 minor unit' })
  @Max(100_000_000_00, { message: 'amount must be at most 10000000000 minor units' })
  amount?: number;
}

@ArgsType()
export class TasksArgs extends PageArgs {
  @Field(() => TaskStatus, { nullable: true }) @IsOptional() @IsEnum(TaskStatus) status?: TaskStatus;
}
