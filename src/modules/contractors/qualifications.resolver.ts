import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../core/auth/decorators';
import { Role } from '../../core/auth/roles';
import type { Principal } from '../../core/auth/roles';
import {
  DecideQualificationInput,
  PendingQualificationsArgs,
  QualificationTypeInput,
  RequestQualificationInput,
} from './dto/qualification.input';
import {
  QualificationConnection,
  QualificationModel,
  QualificationTypeModel,
} from './dto/qualification.model';
import { QualificationsService } from './qualifications.service';

@Resolver(() => QualificationModel)
export class QualificationsResolver {
  constructor(private readonly qualifications: QualificationsService) {}

  @Roles(Role.ADMIN)
  @Mutation(() => QualificationTypeModel)
  async createQualificationType(
    @CurrentUser() me: Principal,
    @Args('input') input: QualificationTypeInput,
  ): Promise<QualificationTypeModel> {
    return QualificationTypeModel.from(await this.qualifications.createType(me, input));
  }

  @Query(() => [QualificationTypeModel], { description: 'Every qualification type, by name' })
  async qualificationTypes(): Promise<QualificationTypeModel[]> {
    return (await this.qualifications.listTypes()).map((t) => QualificationTypeModel.from(t));
  }

  @Roles(Role.CONTRACTOR)
  @Mutation(() => QualificationModel, { description: 'Asks for a qualification; staff verify the evidence' })
  async requestQualification(
    @CurrentUser() me: Principal,
    @Args('input') input: RequestQualificationInput,
  ): Promise<QualificationModel> {
    return QualificationModel.from(await this.qualifications.request(me, input));
  }

  @Roles(Role.ADMIN, Role.REVIEWER)
  @Mutation(() => QualificationModel, { description: 'Verifies or rejects a pending request, with a note' })
  async decideQualification(
    @CurrentUser() me: Principal,
    @Args('input') input: DecideQualificationInput,
  ): Promise<QualificationModel> {
    return QualificationModel.from(await this.qualifications.decide(me, input));
  }

  @Roles(Role.CONTRACTOR)
  @Query(() => [QualificationModel], { description: 'Your qualification requests, newest first' })
  async myQualifications(@CurrentUser() me: Principal): Promise<QualificationModel[]> {
    return (await this.qualifications.mine(me)).map((q) => QualificationModel.from(q));
  }

  @Roles(Role.ADMIN, Role.REVIEWER)
  @Query(() => QualificationConnection, { description: 'Requests waiting for a decision, oldest first' })
  async pendingQualifications(@Args() args: PendingQualificationsArgs): Promise<QualificationConnection> {
    const page = await this.qualifications.pending(args);
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: QualificationModel.from(e.node) })),
    };
  }
}
