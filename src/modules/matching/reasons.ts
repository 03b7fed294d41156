import { EligibilityRule } from './eligibility-rules';

/** What the sentences need to know about the task and the contractor. */
export interface ReasonContext {
  status: string;
  professionCode: string;
  professionTitle: string;
  minYearsExperience?: number;
  countries?: string[];
  languages?: string[];
  qualificationNames: string[];
  consentTermsVersion: string;
  purposes: string[];
  maxPerContractor: number;
  contractorCountry: string | null;
}

const list = (xs: string[]) => xs.join(', ');

/** A sentence a contractor can act on, for each failed rule. */
export function reasonFor(rule: EligibilityRule, c: ReasonContext): string {
  switch (rule) {
    case EligibilityRule.TASK_NOT_OPEN:
      return `The task is ${c.status}, so it takes no new claims`;
    case EligibilityRule.NO_SLOTS_LEFT:
      return 'Every slot of this task is taken';
    case EligibilityRule.PROFESSION_MISMATCH:
      return `The task is for ${c.professionCode} (${c.professionTitle}); your profile lists no occupation within it`;
    case EligibilityRule.NOT_ENOUGH_EXPERIENCE:
      return `The task asks for at least ${c.minYearsExperience} years of experience in ${c.professionCode}; your profile has fewer`;
    case EligibilityRule.COUNTRY_NOT_ALLOWED:
      return `The task accepts contributors living in ${list(c.countries ?? [])} only; your profile says ${c.contractorCountry ?? 'no country yet'}`;
    case EligibilityRule.NO_SHARED_LANGUAGE:
      return `The task needs one of these languages: ${list(c.languages ?? [])}; your profile lists none of them`;
    case EligibilityRule.QUALIFICATION_MISSING:
      return `The task requires these qualifications, verified and unexpired: ${list(c.qualificationNames)}`;
    case EligibilityRule.NO_CONSENT:
      return (
        `Give consent to terms ${c.consentTermsVersion} covering ${list(c.purposes)} to take part ` +
        `(after withdrawing consent for this organisation or one of these purposes, give it again)`
      );
    case EligibilityRule.CLAIM_LIMIT_REACHED:
      return `You already hold ${c.maxPerContractor} claim${c.maxPerContractor === 1 ? '' : 's'} on this task, the most one contractor may`;
    case EligibilityRule.OWN_ORGANIZATION:
      return 'You belong to the organisation that posted this task';
  }
}
