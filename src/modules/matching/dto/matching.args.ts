import { PageArgs } from '../../../core/pagination/page.args';
import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

@ArgsType()
export class EligibleTasksArgs extends PageArgs {}

@ArgsType()
export class TaskEligibilityArgs {
  @Field(() => ID) @IsUUID('all', { message: 'taskId must be a task id' }) taskId: string;
}

@ArgsType()
export class MatchContractorsArgs extends TaskEligibilityArgs {
  @Field(() => Int, { nullable: true, description: 'Sample size, 0-100 (default 20)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  first?: number;
}
