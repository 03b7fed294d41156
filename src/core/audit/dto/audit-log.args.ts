import { PageArgs } from '../../pagination/page.args';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class AuditLogArgs extends PageArgs {
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
}
