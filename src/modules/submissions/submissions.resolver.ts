import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../core/auth/decorators';
import { Role } from '../../core/auth/roles';
import type { Principal } from '../../core/auth/roles';
import { SubmitSampleInput } from './dto/submit-sample.input';
import { SubmissionIdArgs, SubmissionsArgs } from './dto/submissions.args';
import { SubmissionConnection, SubmissionModel } from './dto/submission.model';
import { SubmissionsService } from './submissions.service';

@Resolver(() => SubmissionModel)
export class SubmissionsResolver {
  constructor(private readonly service: SubmissionsService) {}

  @Roles(Role.CONTRACTOR)
  @Mutation(() => SubmissionModel, {
    description: 'Submits (or, after a revision request, resubmits) on a claim',
  })
  submitSample(
    @CurrentUser() me: Principal,
    @Args('input') input: SubmitSampleInput,
  ): Promise<SubmissionModel> {
    return this.service.submit(me, input);
  }

  @Roles(Role.CONTRACTOR, Role.REQUESTER, Role.REVIEWER, Role.ADMIN, Role.FINANCE)
  @Query(() => SubmissionConnection, { description: 'Submissions the caller may see, newest first' })
  submissions(@CurrentUser() me: Principal, @Args() args: SubmissionsArgs): Promise<SubmissionConnection> {
    return this.service.list(me, args);
  }

  @Roles(Role.CONTRACTOR, Role.REQUESTER, Role.REVIEWER, Role.ADMIN, Role.FINANCE)
  @Query(() => SubmissionModel, { description: 'One submission the caller may see' })
  async submission(
    @CurrentUser() me: Principal,
    @Args() { submissionId }: SubmissionIdArgs,
  ): Promise<SubmissionModel> {
    const row = await this.service.findVisibleOrThrow(me, submissionId);
    return (await this.service.models(me, [row]))[0];
  }
}
