import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageInfo } from '../../../core/pagination/cursor';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@ObjectType('Dispute', {
  description: "A contractor's appeal of a rejection, decided by an admin within 7 days",
})
export class DisputeModel {
  @Field(() => ID) id: string;
  @Field(() => ID) submissionId: string;
  @Field() open: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description: 'True: the rejection became an acceptance and was paid',
  })
  upheld: boolean | null;
  @Field() message: string;
  @Field(() => String, { nullable: true, description: "The decision's explanation" }) note: string | null;
  @Field() openedAt: Date;
  @Field({ description: 'Upheld automatically if not decided by then' }) decideBy: Date;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
  @Field({ description: 'Decided by the platform because nobody decided in time' }) resolvedBySystem: boolean;
}

@ObjectType('DisputeEdge')
export class DisputeEdge {
  @Field() cursor: string;
  @Field(() => DisputeModel) node: DisputeModel;
}

@ObjectType('DisputeConnection')
export class DisputeConnection {
  @Field(() => [DisputeEdge]) edges: DisputeEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ArgsType()
export class DisputeRejectionArgs {
  @Field(() => ID) @IsUUID('all', { message: 'submissionId must be a submission id' }) submissionId: string;
  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, 5000, { message: 'message must be 1-5000 characters' })
  message: string;
}

@ArgsType()
export class ResolveDisputeArgs {
  @Field(() => ID) @IsUUID('all', { message: 'disputeId must be a dispute id' }) disputeId: string;
  @Field() @IsBoolean() uphold: boolean;
  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, 5000, { message: 'note must be 1-5000 characters' })
  note: string;
}

@ArgsType()
export class DisputesArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only open (true) or decided (false) ones' })
  @IsOptional()
  @IsBoolean()
  open?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() first?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() after?: string;
}
