import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCountryCode, IsLanguageCode } from '../../../core/domain/iso-validators';
import { MultiLine } from '../../../core/graphql/input-hygiene';
import { ArtifactKind, Tier } from '../../../core/domain/work.enums';
import { IsCurrencyCode } from '../../../core/money/is-currency-code';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

const MAX_SLOTS = 100_000;

@InputType()
export class EligibilityInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(60) minYearsExperience?: number;

  @Field(() => [String], {
    nullable: true,
    description: 'Contributors must live in one of these (ISO 3166-1 alpha-2)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(250)
  @ArrayUnique()
  @IsCountryCode({ each: true })
  countries?: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsLanguageCode({ each: true })
  languages?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  qualificationTypeIds?: string[];
}

@InputType()
export class CreateTaskInput {
  @Field() @Transform(trim) @IsString() @Length(1, 200) title: string;
  @Field() @MultiLine() @Transform(trim) @IsString() @Length(1, 20_000) instructions: string;

  @Field({ description: 'A SOC 2018 occupation or group, e.g. 43-4051 or 43-0000' })
  @IsString()
  @Matches(/^[0-9]{2}-[0-9]{4}$/, { message: 'professionCode must be a SOC 2018 code such as 43-4051' })
  professionCode: string;

  @Field(() => ArtifactKind) @IsEnum(ArtifactKind) artifactKind: ArtifactKind;
  @Field(() => Tier) @IsEnum(Tier) tier: Tier;
  @Field() @IsCurrencyCode() currency: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(MAX_SLOTS) slots: number;

  @Field(() => Int, { nullable: true, description: 'At most this many samples per contractor (default 1)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SLOTS)
  maxPerContractor?: number;

  @Field(() => EligibilityInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EligibilityInput)
  eligibility?: EligibilityInput;

  @Field(() => Int, { nullable: true, description: 'Default 60' })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(10_080)
  claimTimeLimitMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'Default 72' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(720)
  reviewWindowHours?: number;

  @Field()
  @Transform(trim)
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,50}$/, {
    message: 'consentTermsVersion must be 1-50 letters, digits, dots, dashes',
  })
  consentTermsVersion: string;

  @Field(() => [String])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  purposes: string[];

  @Field(() => Int) @IsInt() @Min(1) @Max(3650) retentionDays: number;
}
