import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Profession')
export class ProfessionModel {
  @Field() code: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) parentCode: string | null;
  @Field({ description: 'SOC level: major, minor, broad or detailed' }) level: string;
}
