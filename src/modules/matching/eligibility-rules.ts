import { registerEnumType } from '@nestjs/graphql';
import { withdrawalCovers } from '../consent/consent.module';

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

/** The SOC codes of a contractor's occupations and every group above them, one row per code. */
const LINEAGE = `FROM contractor_occupations o CROSS JOIN unnest(o.ancestors) AS a(code)
       WHERE o.user_id = u.id GROUP BY a.code ORDER BY a.code`;

/**
 * The contractor side of every query: one row per contractor with everything the rules read
 * about it, computed once per contractor rather than once per task it is compared with:
 * - `groups`: its occupations and every group above them, sorted, and `group_years` beside them
 *   (the most years of any occupation inside that code);
 * - `qualifications`: the qualification types it holds now (VERIFIED, unexpired);
 * - `consent_keys`: "<terms version> <purpose>" for every purpose of its current consents, the
 *   same keys tasks.consent_keys lists for a task (see the migration that added it);
 * - `any_withdrawal`: whether it ever withdrew consent (globally, for an organisation or a purpose).
 * A contractor without a profile has NULL country and languages (and no occupations), so it fails
 * the rules that need them rather than disappearing. `OFFSET 0` keeps PostgreSQL from pulling the
 * subquery up into the query around it, which would compute each array again wherever a rule
 * reads it (for each task compared).
 */
export function contractorSource(onlyId?: string): string {
  return `(SELECT u.id AS user_id, u.organization_id, p.country_code::text AS country_code, p.languages,
     ARRAY(SELECT a.code ${LINEAGE}) AS groups,
     ARRAY(SELECT max(o.years_experience) ${LINEAGE}) AS group_years,
     ARRAY(SELECT q.qualification_type_id FROM contractor_qualifications q
       WHERE q.user_id = u.id AND q.status = 'VERIFIED' AND (q.expires_at IS NULL OR q.expires_at > now())
     ) AS qualifications,
     ARRAY(SELECT unnest(consent_keys_of(k.terms_version, k.purposes)) FROM consents k
       WHERE k.user_id = u.id AND k.withdrawn_at IS NULL) AS consent_keys,
     EXISTS (SELECT 1 FROM consent_withdrawals w WHERE w.user_id = u.id) AS any_withdrawal
     FROM users u LEFT JOIN contractor_profiles p ON p.user_id = u.id
     WHERE u.role = 'CONTRACTOR'${onlyId ? ` AND u.id = ${onlyId}` : ''} OFFSET 0)`;
}

/** Years in the contractor's occupations inside the task's code (NULL when none is). */
export const YEARS_IN_TASK_CODE = `c.group_years[array_position(c.groups, t.profession_code)]`;

/**
 * The one rule set, as SQL over a task `t` and a contractor `c` (see contractorSource); `cid` is
 * the contractor id expression — `c.user_id`, or a bound parameter when one contractor is asked
 * about, which lets PostgreSQL probe the claim counters by their key. The task side reads the
 * typed columns generated from `eligibility` (NULL when the task does not restrict that).
 * Each predicate is TRUE when the rule passes; a NULL (missing profile data) counts as failing.
 * The feed, the reasons, the claim and the requester's sizing are all built from this list, so
 * they cannot disagree.
 */
export function eligibilityRules(cid: string): { rule: EligibilityRule; sql: string }[] {
  const rules: [EligibilityRule, string][] = [
    [EligibilityRule.TASK_NOT_OPEN, `t.status = 'OPEN'`],
    [EligibilityRule.NO_SLOTS_LEFT, `t.slots_remaining > 0`],
    // The task's code must be one of the contractor's occupations or a group above one.
    [EligibilityRule.PROFESSION_MISMATCH, `t.profession_code = ANY(c.groups)`],
    // Passes when no occupation matches at all: that is PROFESSION_MISMATCH's failure, not this one.
    [
      EligibilityRule.NOT_ENOUGH_EXPERIENCE,
      `t.min_years_experience IS NULL OR t.min_years_experience <= COALESCE(${YEARS_IN_TASK_CODE}, 2147483647)`,
    ],
    [
      EligibilityRule.COUNTRY_NOT_ALLOWED,
      `t.eligible_countries IS NULL OR c.country_code = ANY(t.eligible_countries)`,
    ],
    [
      EligibilityRule.NO_SHARED_LANGUAGE,
      `t.eligible_languages IS NULL OR t.eligible_languages && c.languages`,
    ],
    [
      EligibilityRule.QUALIFICATION_MISSING,
      `t.required_qualification_ids IS NULL OR t.required_qualification_ids <@ c.qualifications`,
    ],
    [
      EligibilityRule.NO_CONSENT,
      // A consent in force covering the task's purposes, not taken back since for this
      // organisation or one of the purposes (checked only for contractors who withdrew anything).
      `t.consent_keys <@ c.consent_keys AND (NOT c.any_withdrawal OR NOT EXISTS (
         SELECT 1 FROM consents k WHERE k.user_id = ${cid} AND k.terms_version = t.consent_terms_version
           AND k.withdrawn_at IS NULL AND ${withdrawalCovers({
             userId: cid,
             termsVersion: 't.consent_terms_version',
             organizationId: 't.organization_id',
             purposes: 't.purposes',
             since: 'k.given_at',
           })}))`,
    ],
    [
      EligibilityRule.CLAIM_LIMIT_REACHED,
      `COALESCE((SELECT cc.held FROM claim_counters cc WHERE cc.task_id = t.id AND cc.contractor_id = ${cid}), 0)
         < t.max_per_contractor`,
    ],
    [EligibilityRule.OWN_ORGANIZATION, `c.organization_id IS DISTINCT FROM t.organization_id`],
  ];
  // Rules over NOT NULL columns (tasks' and the contractor's arrays) are never NULL; left bare,
  // their predicates stay index conditions (the feed's profession filter uses the feed index).
  const neverNull = new Set([
    EligibilityRule.TASK_NOT_OPEN,
    EligibilityRule.NO_SLOTS_LEFT,
    EligibilityRule.PROFESSION_MISMATCH,
    EligibilityRule.NO_CONSENT,
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
