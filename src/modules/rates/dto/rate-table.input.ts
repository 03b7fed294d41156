import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { ArtifactKind, Tier } from '../../../core/domain/work.enums';
import { IsCurrencyCode } from '../../../core/money/is-currency-code';

export const MAX_RATE_ROWS = 5000;
export const MAX_ESTIMATED_MINUTES = 10_080; // one week of effort for one sample
/**
 * 10^12 minor units (10 000 000 000.00 USD) is far beyond any sample, and keeps the requester
 * cost (price + up to 100 % fee) and the hourly rate of a 1-minute row inside SafeInt.
 */
export const MAX_BASE_AMOUNT_MINOR = 1_000_000_000_000;

@InputType('RateRowInput')
export class RateRowInput {
  @Field()
  @IsString()
  @Matches(/^[0-9]{2}-[0-9]{4}$/, { message: 'professionCode must be a SOC 2018 code such as 43-4051' })
  professionCode: string;

  @Field(() => ArtifactKind) @IsEnum(ArtifactKind) artifactKind: ArtifactKind;
  @Field(() => Tier) @IsEnum(Tier) tier: Tier;
  @Field() @IsCurrencyCode() currency: string;

  @Field(() => SafeIntResolver, { description: 'Price of one accepted sample, in minor units of currency' })
  @IsInt()
  @Min(1)
  @Max(MAX_BASE_AMOUNT_MINOR)
  baseAmountMinor: number;

  @Field(() => Int) @IsInt() @Min(1) @Max(MAX_ESTIMATED_MINUTES) estimatedMinutes: number;
}

@InputType('RateTableInput')
export class RateTableInput {
  @Field()
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,50}$/, {
    message: 'version must be 1 to 50 characters of letters, digits, ".", "_" or "-"',
  })
  version: string;

  @Field(() => SafeIntResolver, { description: "Per hour, in each row's currency's minor units" })
  @IsInt()
  @Min(0)
  hourlyFloorMinor: number;

  @Field(() => Int) @IsInt() @Min(0) @Max(10_000) platformFeeBasisPoints: number;

  @Field(() => [RateRowInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'rows must hold at least one row' })
  @ArrayMaxSize(MAX_RATE_ROWS, { message: `rows must hold at most ${MAX_RATE_ROWS} rows` })
  @ValidateNested({ each: true })
  @Type(() => RateRowInput)
  rows: RateRowInput[];
}
