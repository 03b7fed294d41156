import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
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
  @Field(() => TaskModel) task: TaskModel;
  @Field() claimedAt: Date;
  @Field({ description: 'Submit before this, or the slot returns to the task' }) expiresAt: Date;

  static from(c: ClaimRow, task: TaskModel): ClaimModel {
    return {
      id: c.id,
      status: c.status as ClaimStatus,
      task,
      claimedAt: c.claimedAt,
      expiresAt: c.expiresAt,
    };
  }
}
