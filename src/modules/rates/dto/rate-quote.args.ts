import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
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
}
