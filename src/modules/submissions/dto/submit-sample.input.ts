import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsString, IsUUID, Matches, ValidateNested } from 'class-validator';

@InputType()
export class AttestationInput {
  @Field({ description: 'You hold the right to share this work product' })
  @IsBoolean()
  holdsRightToShare: boolean;

  @Field({ description: 'It is your own work' }) @IsBoolean() ownWork: boolean;

  @Field({ description: "The consent-terms version you agree to: must be the task's" })
  @Matches(/^[A-Za-z0-9._-]{1,50}$/, { message: 'attestation.consentTermsVersion must be a terms version' })
  consentTermsVersion: string;
}

@InputType()
export class SubmitSampleInput {
  @Field(() => ID) @IsUUID('all', { message: 'claimId must be a claim id' }) claimId: string;

  /** Its length (in UTF-16 code units, like the scan's offsets) is checked by the service. */
  @Field({ description: 'The sample, 1 … 50 000 characters (UTF-16 code units)' })
  @IsString()
  content: string;

  @Field(() => AttestationInput)
  @ValidateNested()
  @Type(() => AttestationInput)
  attestation: AttestationInput;
}
