import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { MAX_PAGE_SIZE } from '../../../core/pagination/cursor';
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
}

@ArgsType()
export class TasksArgs {
  @Field(() => TaskStatus, { nullable: true }) @IsOptional() @IsEnum(TaskStatus) status?: TaskStatus;
  @Field(() => Int, { nullable: true, description: `Page size, 1-${MAX_PAGE_SIZE} (default 20)` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) after?: string;
}
