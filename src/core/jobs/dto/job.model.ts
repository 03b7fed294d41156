import { PageArgs } from '../../pagination/page.args';
import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { PageInfo } from '../../pagination/cursor';
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
export class FailedJobsArgs extends PageArgs {}

@ArgsType()
export class JobIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'id must be a job id' }) id: string;
}
