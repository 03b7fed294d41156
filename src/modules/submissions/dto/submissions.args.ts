import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID } from 'class-validator';
import { SubmissionStatus } from './submission.model';

@ArgsType()
export class SubmissionsArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'taskId must be a task id' })
  taskId?: string;

  @Field(() => SubmissionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SubmissionStatus)
  status?: SubmissionStatus;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() first?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() after?: string;
}

@ArgsType()
export class SubmissionIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'submissionId must be a submission id' }) submissionId: string;
}
