import { EligibilityRule, eligibilityRules, eligiblePredicate, TASK_STATE_RULES } from './eligibility-rules';
import { ReasonContext, reasonFor } from './reasons';

const context: ReasonContext = {
  status: 'PAUSED',
  professionCode: '43-4051',
  professionTitle: 'Customer Service Representatives',
  minYearsExperience: 3,
  countries: ['US', 'GB'],
  languages: ['en', 'fr'],
  qualificationNames: ['US state bar'],
  consentTermsVersion: '2026-11',
  purposes: ['model-training'],
  maxPerContractor: 2,
  contractorCountry: 'DE',
};

describe('eligibility rules', () => {
  it('has exactly one predicate per rule; the claim counter is probed by the contractor id given', () => {
    const rules = eligibilityRules('$9::uuid');
    expect(rules.map((r) => r.rule).sort()).toEqual(Object.values(EligibilityRule).sort());
    expect(rules.find((r) => r.rule === EligibilityRule.CLAIM_LIMIT_REACHED)!.sql).toContain('$9::uuid');
  });

  it('counts a NULL (missing profile data) as failing, except where a rule cannot be NULL', () => {
    const bySql = new Map(eligibilityRules('c.user_id').map((r) => [r.rule, r.sql]));
    for (const rule of [
      EligibilityRule.COUNTRY_NOT_ALLOWED,
      EligibilityRule.NO_SHARED_LANGUAGE,
      EligibilityRule.OWN_ORGANIZATION,
    ])
      expect(bySql.get(rule)).toMatch(/^COALESCE\(\(.*\), false\)$/s);
  });

  it('joins every rule but the skipped ones into one predicate', () => {
    const all = eligiblePredicate('c.user_id');
    const sizing = eligiblePredicate('c.user_id', TASK_STATE_RULES);
    expect(all).toContain(`t.status = 'OPEN'`);
    expect(sizing).not.toContain(`t.status = 'OPEN'`);
    expect(sizing).not.toContain('t.slots_remaining > 0');
    expect(all.split('\n AND ')).toHaveLength(Object.values(EligibilityRule).length);
  });

  it.each(Object.values(EligibilityRule))('%s has a sentence a contractor can act on', (rule) => {
    const sentence = reasonFor(rule, context);
    expect(sentence.length).toBeGreaterThan(20);
    expect(sentence).not.toMatch(/undefined|null|\[object/);
  });

  it('names what the task asks for in the sentences', () => {
    expect(reasonFor(EligibilityRule.COUNTRY_NOT_ALLOWED, context)).toContain(
      'US, GB only; your profile says DE',
    );
    expect(reasonFor(EligibilityRule.NOT_ENOUGH_EXPERIENCE, context)).toContain('at least 3 years');
    expect(reasonFor(EligibilityRule.QUALIFICATION_MISSING, context)).toContain('US state bar');
    expect(reasonFor(EligibilityRule.CLAIM_LIMIT_REACHED, context)).toContain('2 claims');
    expect(reasonFor(EligibilityRule.TASK_NOT_OPEN, context)).toContain('PAUSED');
  });
});
