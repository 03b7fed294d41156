import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/decorators';
import { Role } from '../auth/roles';
import { FailedJobsArgs, JobConnection, JobIdArgs, JobModel } from './dto/job.model';
import { JobsService } from './jobs.service';

@Resolver(() => JobModel)
export class JobsResolver {
  constructor(private readonly jobs: JobsService) {}

  @Roles(Role.ADMIN)
  @Query(() => JobConnection, { description: 'Jobs that failed every attempt (dead letters), newest first' })
  async failedJobs(@Args() { first, after }: FailedJobsArgs): Promise<JobConnection> {
    const page = await this.jobs.listFailed(first, after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: JobModel.from(e.node) })) };
  }

  @Roles(Role.ADMIN)
  @Mutation(() => JobModel, { description: 'Runs a failed job once more' })
  async retryJob(@Args() { id }: JobIdArgs): Promise<JobModel> {
    return JobModel.from(await this.jobs.retry(id));
  }
}
