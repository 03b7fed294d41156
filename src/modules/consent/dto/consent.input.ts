import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const VERSION = /^[A-Za-z0-9._-]{1,50}$/;
const PURPOSE = /^[a-z0-9][a-z0-9-]{0,99}$/;

@InputType()
export class ConsentTermsInput {
  @Field()
  @Matches(VERSION, { message: 'version must be 1-50 letters, digits, dots, dashes' })
  version: string;

  @Field() @Transform(trim) @IsString() @Length(1, 50_000) text: string;

  @Field(() => [String], { description: 'Data-use purposes, e.g. model-training' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(PURPOSE, { each: true, message: 'each purpose must be lower-case words joined by dashes' })
  purposes: string[];
}

@ArgsType()
export class GiveConsentArgs {
  @Field()
  @Matches(VERSION, { message: 'termsVersion must be 1-50 letters, digits, dots, dashes' })
  termsVersion: string;

  @Field(() => [String], { nullable: true, description: "Only these purposes; default all of the version's" })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  purposes?: string[];
}

@ArgsType()
export class WithdrawConsentArgs {
  @Field({ nullable: true, description: 'Only this version; default every current consent' })
  @IsOptional()
  @Matches(VERSION, { message: 'termsVersion must be 1-50 letters, digits, dots, dashes' })
  termsVersion?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only for samples shared with this organisation (as named on your consent receipts)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an id from your consent receipts' })
  organizationId?: string;

  @Field({ nullable: true, description: 'Only this purpose, e.g. model-training' })
  @IsOptional()
  @Matches(PURPOSE, { message: 'purpose must be lower-case words joined by dashes' })
  purpose?: string;
}
