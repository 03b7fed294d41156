import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class ClaimTaskArgs {
  @Field(() => ID) @IsUUID('all', { message: 'taskId must be a task id' }) taskId: string;
}

@ArgsType()
export class ReleaseClaimArgs {
  @Field(() => ID) @IsUUID('all', { message: 'claimId must be a claim id' }) claimId: string;
}
