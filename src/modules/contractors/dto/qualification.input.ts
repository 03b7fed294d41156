import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { MAX_PAGE_SIZE } from '../../../core/pagination/cursor';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class QualificationTypeInput {
  @Field() @Transform(trim) @IsString() @Length(1, 200) name: string;
  @Field() @Transform(trim) @IsString() @MaxLength(5000) description: string;
  @Field(() => Int, { nullable: true, description: 'A verification holds this many days; unset: forever' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(36500)
  validityDays?: number;
}

@InputType()
export class RequestQualificationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'qualificationTypeId must be a qualification type id' })
  qualificationTypeId: string;
  @Field({ description: 'What a reviewer can check: licence number, issuing body, link' })
  @Transform(trim)
  @IsString()
  @Length(1, 5000)
  evidence: string;
}

@InputType()
export class DecideQualificationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'qualificationId must be a qualification id' })
  qualificationId: string;
  @Field({ description: 'true verifies, false rejects' }) @IsBoolean() verify: boolean;
  @Field() @Transform(trim) @IsString() @Length(1, 2000) note: string;
}

@ArgsType()
export class PendingQualificationsArgs {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(MAX_PAGE_SIZE) first?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) after?: string;
}
