import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../core/auth/decorators';
import { Role } from '../../core/auth/roles';
import type { Principal } from '../../core/auth/roles';
import { SubmissionModel } from '../submissions/submissions.module';
import { BonusModel } from './dto/bonus.model';
import { AssignReviewerArgs, PayBonusArgs, ReviewInput } from './dto/review.input';
import { ReviewsService } from './reviews.service';

@Resolver()
export class ReviewsResolver {
  constructor(private readonly reviews: ReviewsService) {}

  @Roles(Role.REQUESTER, Role.REVIEWER)
  @Mutation(() => SubmissionModel, {
    description:
      'ACCEPT (pays at once), REJECT (reason + feedback ≥ 20 characters) or REQUEST_REVISION (feedback)',
  })
  reviewSubmission(
    @CurrentUser() me: Principal,
    @Args('input') input: ReviewInput,
  ): Promise<SubmissionModel> {
    return this.reviews.review(me, input);
  }

  @Roles(Role.REQUESTER, Role.ADMIN)
  @Mutation(() => Boolean, {
    description: "Lets a reviewer (the task's organisation's or the platform's) review a task",
  })
  assignReviewer(
    @CurrentUser() me: Principal,
    @Args() { taskId, userId }: AssignReviewerArgs,
  ): Promise<boolean> {
    return this.reviews.assignReviewer(me, taskId, userId);
  }

  @Roles(Role.REQUESTER)
  @Mutation(() => BonusModel, {
    description: "Pays a bonus on an accepted submission from the task's escrow",
  })
  payBonus(@CurrentUser() me: Principal, @Args() args: PayBonusArgs): Promise<BonusModel> {
    return this.reviews.payBonus(me, args);
  }
}
