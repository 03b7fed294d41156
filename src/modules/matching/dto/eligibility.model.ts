import { Field, ObjectType } from '@nestjs/graphql';
import { EligibilityRule } from '../eligibility-rules';

@ObjectType('Eligibility')
export class EligibilityModel {
  @Field() eligible: boolean;
  @Field(() => [String], { description: 'One sentence per failed rule, in the order of codes' })
  reasons: string[];
  @Field(() => [EligibilityRule], { description: 'The stable code of each failed rule' })
  codes: EligibilityRule[];
}
