import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { MAX_PAGE_SIZE } from '../../../core/pagination/cursor';

@ArgsType()
export class EligibleTasksArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1-${MAX_PAGE_SIZE} (default 20)` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) after?: string;
}

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
