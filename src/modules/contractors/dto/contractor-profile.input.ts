import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCountryCode, IsLanguageCode } from '../../../core/domain/iso-validators';

@InputType()
export class ProfessionExperienceInput {
  @Field({ description: 'A SOC 2018 occupation code, e.g. 43-4051' })
  @IsString()
  @Matches(/^[0-9]{2}-[0-9]{4}$/, { message: 'professionCode must be a SOC 2018 code such as 43-4051' })
  professionCode: string;

  @Field(() => Int) @IsInt() @Min(0) @Max(70) yearsExperience: number;
}

@InputType()
export class ContractorProfileInput {
  @Field({ description: 'Where you live: ISO 3166-1 alpha-2, e.g. US' })
  @IsString()
  @IsCountryCode()
  countryCode: string;

  @Field(() => [String], { description: 'Languages you work in: ISO 639-1, e.g. en' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsLanguageCode({ each: true })
  languages: string[];

  @Field(() => [ProfessionExperienceInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ProfessionExperienceInput)
  professions: ProfessionExperienceInput[];
}
