import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../core/pagination/page.args';
import { ClaimStatus } from './claim.model';

@ArgsType()
export class ClaimTaskArgs {
  @Field(() => ID) @IsUUID('all', { message: 'taskId must be a task id' }) taskId: string;
}

@ArgsType()
export class ReleaseClaimArgs {
  @Field(() => ID) @IsUUID('all', { message: 'claimId must be a claim id' }) claimId: string;
}

@ArgsType()
export class MyClaimsArgs extends PageArgs {
  @Field(() => ClaimStatus, { nullable: true, description: 'Only claims in this status' })
  @IsOptional()
  @IsEnum(ClaimStatus)
  status?: ClaimStatus;
}
