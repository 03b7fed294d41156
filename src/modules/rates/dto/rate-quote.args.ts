import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_PAGE_SIZE } from '../../../core/pagination/cursor';
import { ArtifactKind, Tier } from '../../../core/domain/work.enums';

/** Shapes only: unknown professions and currencies get their own reasons from the service. */
@ArgsType()
export class RateQuoteArgs {
  @Field() @IsString() @MaxLength(20) professionCode: string;
  @Field(() => ArtifactKind) @IsEnum(ArtifactKind) artifactKind: ArtifactKind;
  @Field(() => Tier) @IsEnum(Tier) tier: Tier;
  @Field() @IsString() @MaxLength(10) currency: string;
}

@ArgsType()
export class RateRowsArgs {
  @Field(() => String, { nullable: true, description: 'Only rows for exactly this code' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  professionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only rows in this currency' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  currency?: string | null;

  @Field(() => Int, { defaultValue: MAX_PAGE_SIZE, description: `Page size, 1-${MAX_PAGE_SIZE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = MAX_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}
