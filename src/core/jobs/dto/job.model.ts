import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { MAX_PAGE_SIZE, PageInfo } from '../../pagination/cursor';
import type { JobRecord } from '../jobs.service';

@ObjectType('Job', { description: 'A background job (operators only)' })
export class JobModel {
  @Field(() => ID) id: string;
  @Field({ description: 'The queue, e.g. escrow-refund' }) name: string;
  @Field({ description: 'created, retry, active, completed, cancelled or failed' }) state: string;
  @Field({ description: 'The job payload as JSON text' }) data: string;
  @Field(() => String, { nullable: true, description: 'The last failure message' }) error: string | null;
  @Field(() => Int, { description: 'Attempts made so far' }) attempts: number;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it completed or finally failed' })
  completedAt: Date | null;

  static from(r: JobRecord): JobModel {
    return { ...r, data: JSON.stringify(r.data) };
  }
}

@ObjectType('JobEdge')
export class JobEdge {
  @Field() cursor: string;
  @Field(() => JobModel) node: JobModel;
}

@ObjectType('JobConnection')
export class JobConnection {
  @Field(() => [JobEdge]) edges: JobEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ArgsType()
export class FailedJobsArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1-${MAX_PAGE_SIZE} (default 20)` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) after?: string;
}

@ArgsType()
export class JobIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'id must be a job id' }) id: string;
}
