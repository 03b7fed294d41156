import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { IsAcceptablePassword } from '../../../core/auth/passwords';
import { Role } from '../../../core/auth/roles';
import { IsAccountEmail, IsVisibleName, normalizeEmail } from '../../../core/domain/text';

@InputType()
export class RegisterInput {
  @Field() @IsAccountEmail() @MaxLength(254) email: string;
  @Field() @IsString() @IsAcceptablePassword() @MaxLength(256) password: string;
  @Field() @IsString() @IsVisibleName() @Length(1, 100) displayName: string;
  @Field(() => Role) @IsEnum(Role) role: Role;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsVisibleName()
  @Length(1, 200)
  organizationName?: string;
}

@InputType()
export class CreateUserInput {
  @Field() @IsAccountEmail() @MaxLength(254) email: string;
  @Field() @IsString() @IsAcceptablePassword() @MaxLength(256) password: string;
  @Field() @IsString() @IsVisibleName() @Length(1, 100) displayName: string;
  @Field(() => Role) @IsEnum(Role) role: Role;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() organizationId?: string;
}

/**
 * Login normalises the address exactly as registration stored it; anything else about it is
 * left to the credentials check (a malformed address simply matches no account).
 */
@ArgsType()
export class LoginArgs {
  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeEmail(value) : value))
  @IsString()
  @MaxLength(254)
  email: string;
  @Field() @IsString() @MaxLength(256) password: string;
}
