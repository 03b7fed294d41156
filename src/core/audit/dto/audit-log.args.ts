import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { MAX_PAGE_SIZE } from '../../pagination/cursor';

@ArgsType()
export class AuditLogArgs {
  @Field({ nullable: true, description: 'Only entries about this kind of object, e.g. task' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,49}$/, { message: 'subjectType must be a snake-case object type such as task' })
  subjectType?: string;

  @Field({ nullable: true, description: 'Only entries about the object with this id' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  subjectId?: string;

  @Field(() => Int, { nullable: true, description: `Page size, 1-${MAX_PAGE_SIZE} (default 20)` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) after?: string;
}
