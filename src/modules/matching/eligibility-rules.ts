import { registerEnumType } from '@nestjs/graphql';

/** Every rule a contractor must pass to claim a task, with a stable code each. */
export enum EligibilityRule {
  TASK_NOT_OPEN = 'TASK_NOT_OPEN',
  NO_SLOTS_LEFT = 'NO_SLOTS_LEFT',
  PROFESSION_MISMATCH = 'PROFESSION_MISMATCH',
  NOT_ENOUGH_EXPERIENCE = 'NOT_ENOUGH_EXPERIENCE',
  COUNTRY_NOT_ALLOWED = 'COUNTRY_NOT_ALLOWED',
  NO_SHARED_LANGUAGE = 'NO_SHARED_LANGUAGE',
  QUALIFICATION_MISSING = 'QUALIFICATION_MISSING',
  NO_CONSENT = 'NO_CONSENT',
  CLAIM_LIMIT_REACHED = 'CLAIM_LIMIT_REACHED',
  OWN_ORGANIZATION = 'OWN_ORGANIZATION',
}
registerEnumType(EligibilityRule, {
  name: 'EligibilityRule',
  description: 'A rule a contractor failed; the code is stable, the sentence beside it is for people',
});

/** The rules about the task's state; sizing asks "as if the task were open", so it skips them. */
export const TASK_STATE_RULES: ReadonlySet<EligibilityRule> = new Set([
  EligibilityRule.TASK_NOT_OPEN,
  EligibilityRule.NO_SLOTS_LEFT,
]);

/**
 * The contractor side of every query: one row per contractor, with the columns the rules read.
 * A contractor without a profile has NULL country and languages (and no occupations), so it fails
 * the rules that need them rather than disappearing.
 */
export function contractorSource(onlyId?: string): string {
  return `(SELECT u.id AS user_id, u.organization_id, p.country_code::text AS country_code, p.languages
     FROM users u LEFT JOIN contractor_profiles p ON p.user_id = u.id
     WHERE u.role = 'CONTRACTOR'${onlyId ? ` AND u.id = ${onlyId}` : ''})`;
}

/** A JSON array of the task's eligibility, or NULL when the task does not restrict it. */
const listOf = (key: string) =>
  `(CASE WHEN jsonb_typeof(t.eligibility->'${key}') = 'array' THEN t.eligibility->'${key}' END)`;

/**
 * The one rule set, as SQL over a task `t` and a contractor `c` (see contractorSource); `cid` is
 * the contractor id expression — `c.user_id`, or a bound parameter when one contractor is asked
 * about, which lets PostgreSQL compute that contractor's side once and use the tasks' indexes.
 * Each predicate is TRUE when the rule passes; a NULL (missing profile data) counts as failing.
 * The feed, the reasons, the claim and the requester's sizing are all built from this list, so
 * they cannot disagree.
 */
export function eligibilityRules(cid: string): { rule: EligibilityRule; sql: string }[] {
  const matchingOccupations = `FROM contractor_occupations o WHERE o.user_id = ${cid}`;
  const rules: [EligibilityRule, string][] = [
    [EligibilityRule.TASK_NOT_OPEN, `t.status = 'OPEN'`],
    [EligibilityRule.NO_SLOTS_LEFT, `t.slots_remaining > 0`],
    // The contractor's occupations and every group above them; the task's code must be one.
    [
      EligibilityRule.PROFESSION_MISMATCH,
      `t.profession_code = ANY(ARRAY(SELECT unnest(o.ancestors) ${matchingOccupations}))`,
    ],
    // Passes when no occupation matches at all: that is PROFESSION_MISMATCH's failure, not this one.
    [
      EligibilityRule.NOT_ENOUGH_EXPERIENCE,
      `(t.eligibility->>'minYearsExperience') IS NULL
       OR (t.eligibility->>'minYearsExperience')::int <= COALESCE(
         (SELECT max(o.years_experience) ${matchingOccupations} AND t.profession_code = ANY(o.ancestors)),
         2147483647)`,
    ],
    [
      EligibilityRule.COUNTRY_NOT_ALLOWED,
      `${listOf('countries')} IS NULL OR ${listOf('countries')} @> to_jsonb(c.country_code)`,
    ],
    [
      EligibilityRule.NO_SHARED_LANGUAGE,
      `${listOf('languages')} IS NULL OR ${listOf('languages')} ?| c.languages`,
    ],
    [
      EligibilityRule.QUALIFICATION_MISSING,
      `${listOf('qualificationTypeIds')} IS NULL OR NOT EXISTS (
         SELECT 1 FROM jsonb_array_elements_text(${listOf('qualificationTypeIds')}) AS r(id)
         WHERE NOT EXISTS (
           SELECT 1 FROM contractor_qualifications q
           WHERE q.user_id = ${cid} AND q.qualification_type_id = r.id::uuid AND q.status = 'VERIFIED'
             AND (q.expires_at IS NULL OR q.expires_at > now())))`,
    ],
    [
      EligibilityRule.NO_CONSENT,
      `EXISTS (SELECT 1 FROM consents k WHERE k.user_id = ${cid} AND k.terms_version = t.consent_terms_version
         AND k.withdrawn_at IS NULL AND k.purposes @> t.purposes)`,
    ],
    [
      EligibilityRule.CLAIM_LIMIT_REACHED,
      `COALESCE((SELECT cc.held FROM claim_counters cc WHERE cc.task_id = t.id AND cc.contractor_id = ${cid}), 0)
         < t.max_per_contractor`,
    ],
    [EligibilityRule.OWN_ORGANIZATION, `c.organization_id IS DISTINCT FROM t.organization_id`],
  ];
  // Rules over NOT NULL task columns and a non-null array are never NULL; left bare, their
  // predicates stay index conditions (the feed's profession filter uses tasks_feed_profession_idx).
  const neverNull = new Set([
    EligibilityRule.TASK_NOT_OPEN,
    EligibilityRule.NO_SLOTS_LEFT,
    EligibilityRule.PROFESSION_MISMATCH,
  ]);
  return rules.map(([rule, sql]) => ({
    rule,
    sql: neverNull.has(rule) ? `(${sql})` : `COALESCE((${sql}), false)`,
  }));
}

/** All rules (or all but `skip`) joined into one predicate. */
export function eligiblePredicate(cid: string, skip: ReadonlySet<EligibilityRule> = new Set()): string {
  return eligibilityRules(cid)
    .filter((r) => !skip.has(r.rule))
    .map((r) => r.sql)
    .join('\n AND ');
}

/**
 * The task `taskId` as one row (its id, maxPerContractor and claim time limit) when contractor
 * `cid` passes every rule now, no row otherwise: the claim's check, as a sub-query it can build on
 * (both arguments are SQL expressions, typically bound parameters).
 */
export function eligibleTaskSql(taskId: string, cid: string): string {
  return `SELECT t.id, t.max_per_contractor, t.claim_time_limit_minutes
    FROM tasks t CROSS JOIN ${contractorSource(cid)} c
    WHERE t.id = ${taskId} AND ${eligiblePredicate(cid)}`;
}
