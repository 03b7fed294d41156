import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EligibilityRule } from '../eligibility-rules';

@ObjectType('RuleFailureCount')
export class RuleFailureCountModel {
  @Field(() => EligibilityRule) rule: EligibilityRule;
  @Field(() => Int, { description: 'Contractors failing this rule (one may fail several)' }) count: number;
}

/** A contractor as a requester may see it: a per-organisation pseudonym, never an identity. */
@ObjectType('MatchedContractor')
export class MatchedContractorModel {
  @Field({ description: "Stable within the task's organisation; unlinkable across organisations" })
  pseudonym: string;
  @Field(() => Int, { description: "Years in the occupation matching the task's" }) yearsExperience: number;
  @Field() countryCode: string;
  @Field(() => [String]) languages: string[];
}

@ObjectType('ContractorMatches')
export class ContractorMatchesModel {
  @Field(() => ID) taskId: string;
  @Field(() => Int, { description: 'Contractors who could claim the task if it were open' })
  eligibleCount: number;
  @Field(() => [RuleFailureCountModel]) failing: RuleFailureCountModel[];
  @Field(() => [MatchedContractorModel], { description: 'The most experienced eligible contractors first' })
  sample: MatchedContractorModel[];
}
