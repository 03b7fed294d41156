import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../../core/pagination/cursor';
import { TaskModel } from '../../tasks/tasks.module';
import { ClaimRow } from '../claims.service';

export enum ClaimStatus {
  ACTIVE = 'ACTIVE',
  SUBMITTED = 'SUBMITTED',
  RELEASED = 'RELEASED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(ClaimStatus, { name: 'ClaimStatus' });

@ObjectType('Claim')
export class ClaimModel {
  @Field(() => ID) id: string;
  @Field(() => ClaimStatus) status: ClaimStatus;
  /** Read only when a client selects it (a getter; see `from`). */
  @Field(() => TaskModel) task: TaskModel | Promise<TaskModel>;
  @Field() claimedAt: Date;
  @Field({ description: 'Submit before this, or the slot returns to the task' }) expiresAt: Date;

  /**
   * `task` loads the claim's task (with its escrow balance and measured pay) the first time
   * GraphQL reads the field: a claim whose reply selects no task field costs no read of it.
   */
  static from(c: ClaimRow, task: () => Promise<TaskModel>): ClaimModel {
    let loaded: Promise<TaskModel> | undefined;
    return {
      id: c.id,
      status: c.status as ClaimStatus,
      get task() {
        return (loaded ??= task());
      },
      claimedAt: c.claimedAt,
      expiresAt: c.expiresAt,
    };
  }
}

@ObjectType('ClaimEdge')
export class ClaimEdge {
  @Field() cursor: string;
  @Field(() => ClaimModel) node: ClaimModel;
}

@ObjectType('ClaimConnection')
export class ClaimConnection {
  @Field(() => [ClaimEdge]) edges: ClaimEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}
