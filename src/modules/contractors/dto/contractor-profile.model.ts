import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ProfileRow } from '../contractors.service';

@ObjectType('ProfessionExperience')
export class ProfessionExperienceModel {
  @Field() professionCode: string;
  @Field(() => Int) yearsExperience: number;
}

@ObjectType('ContractorProfile')
export class ContractorProfileModel {
  @Field() countryCode: string;
  @Field(() => [String]) languages: string[];
  @Field() payoutsEnabled: boolean;
  @Field(() => [ProfessionExperienceModel]) professions: ProfessionExperienceModel[];

  static from(p: ProfileRow): ContractorProfileModel {
    return {
      countryCode: p.countryCode,
      languages: p.languages,
      payoutsEnabled: p.payoutsEnabled,
      professions: p.occupations.map((o) => ({
        professionCode: o.professionCode,
        yearsExperience: o.yearsExperience,
      })),
    };
  }
}
