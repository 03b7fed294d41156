import { PageArgs } from '../../../core/pagination/page.args';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
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
export class TasksArgs extends PageArgs {
  @Field(() => TaskStatus, { nullable: true }) @IsOptional() @IsEnum(TaskStatus) status?: TaskStatus;
}
