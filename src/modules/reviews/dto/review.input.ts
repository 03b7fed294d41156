import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Min } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { RejectionReason } from '../../submissions/submissions.module';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export enum ReviewDecision {
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
  REQUEST_REVISION = 'REQUEST_REVISION',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });

@InputType()
export class ReviewInput {
  @Field(() => ID) @IsUUID('all', { message: 'submissionId must be a submission id' }) submissionId: string;
  @Field(() => ReviewDecision) @IsEnum(ReviewDecision) decision: ReviewDecision;

  @Field(() => RejectionReason, { nullable: true, description: 'Required to REJECT' })
  @IsOptional()
  @IsEnum(RejectionReason)
  reason?: RejectionReason;

  @Field({ nullable: true, description: 'At least 20 characters to REJECT; required to REQUEST_REVISION' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 5000)
  feedback?: string;
}

@ArgsType()
export class AssignReviewerArgs {
  @Field(() => ID) @IsUUID('all', { message: 'taskId must be a task id' }) taskId: string;
  @Field(() => ID) @IsUUID('all', { message: 'userId must be a user id' }) userId: string;
}

@ArgsType()
export class PayBonusArgs {
  @Field(() => ID) @IsUUID('all', { message: 'submissionId must be a submission id' }) submissionId: string;

  @Field(() => SafeIntResolver, { description: 'Minor units of the task currency, paid to the contractor' })
  @IsInt()
  @Min(1, { message: 'amount must be at least 1 minor unit' })
  amount: number;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, 1000, { message: 'note must be 1-1000 characters' })
  note: string;

  @Field({ description: 'Your key for this bonus: the same key pays once' })
  @Matches(/^[A-Za-z0-9._:-]{1,100}$/, { message: 'idempotencyKey must be 1-100 letters, digits, . _ : -' })
  idempotencyKey: string;
}
