import { MatchingService } from '../../../src/modules/matching/matching.module';
import { createTestApp, TestApp } from '../../setup/test-app';
import {
  ADMIN,
  ADMIN_ENV,
  fundedOpenTask,
  login,
  requester,
  transition,
  type TaskData,
} from '../tasks/tasks-helpers';
import {
  CLAIM_TASK,
  CREATE_QUALIFICATION_TYPE,
  DECIDE_QUALIFICATION,
  ELIGIBILITY,
  FEED,
  GIVE_CONSENT,
  MATCH,
  ok,
  PROFILE,
  quickContractors,
  REQUEST_QUALIFICATION,
  WITHDRAW_CONSENT,
} from './matching-helpers';
import type {
  CreateQualificationTypeData,
  EligibilityData,
  FeedData,
  MatchData,
  RequestQualificationData,
} from '../../support/gql-results';

type Qual = 'verified' | 'pending' | 'rejected' | 'expired' | 'none';
type ConsentCase = 'all' | 'none' | 'withdrawn' | 'narrow' | 'other-version';
interface Variant {
  country?: string;
  languages?: string[];
  professions?: { professionCode: string; yearsExperience: number }[];
  qualification?: Qual;
  consent?: ConsentCase;
  ownOrganization?: boolean;
  claimFirst?: boolean;
}

/** Each row breaks exactly one rule of the base task; the contractor must fail that rule alone. */
const CASES: { label: string; variant: Variant; rule: string; reason: RegExp; refusal: [string, string] }[] =
  [
    {
      label: 'an occupation outside the task group',
      variant: { professions: [{ professionCode: '15-1252', yearsExperience: 9 }] },
      rule: 'PROFESSION_MISMATCH',
      reason: /43-4051.*no occupation within it/,
      refusal: ['FORBIDDEN', 'NOT_ELIGIBLE'],
    },
    {
      label: 'too few years',
      variant: { professions: [{ professionCode: '43-4051', yearsExperience: 2 }] },
      rule: 'NOT_ENOUGH_EXPERIENCE',
      reason: /at least 3 years/,
      refusal: ['FORBIDDEN', 'NOT_ELIGIBLE'],
    },
    {
      label: 'enough years only in another occupation',
      variant: {
        professions: [
          { professionCode: '43-4051', yearsExperience: 1 },
          { professionCode: '15-1252', yearsExperience: 20 },
        ],
      },
      rule: 'NOT_ENOUGH_EXPERIENCE',
      reason: /at least 3 years/,
      refusal: ['FORBIDDEN', 'NOT_ELIGIBLE'],
    },
    {
      label: 'a country not allowed',
      variant: { country: 'DE' },
      rule: 'COUNTRY_NOT_ALLOWED',
      reason: /US, GB only; your profile says DE/,
      refusal: ['FORBIDDEN', 'NOT_ELIGIBLE'],
    },
    {
      label: 'no shared language',
      variant: { languages: ['de', 'it'] },
      rule: 'NO_SHARED_LANGUAGE',
      reason: /en, fr/,
      refusal: ['FORBIDDEN', 'NOT_ELIGIBLE'],
    },
    ...(['none', 'pending', 'rejected', 'expired'] as const).map((q) => ({
      label: `a required qualification ${q}`,
      variant: { qualification: q },
      rule: 'QUALIFICATION_MISSING',
      reason: /Licensed support lead/,
      refusal: ['FORBIDDEN', 'NOT_ELIGIBLE'] as [string, string],
    })),
    ...(['none', 'withdrawn', 'narrow', 'other-version'] as const).map((c) => ({
      label: `consent ${c}`,
      variant: { consent: c },
      rule: 'NO_CONSENT',
      reason: /terms 2026-11 covering model-training, research/,
      refusal: ['FORBIDDEN', 'NOT_ELIGIBLE'] as [string, string],
    })),
    {
      label: 'a member of the requesting organisation',
      variant: { ownOrganization: true },
      rule: 'OWN_ORGANIZATION',
      reason: /organisation that posted/,
      refusal: ['FORBIDDEN', 'NOT_ELIGIBLE'],
    },
    {
      label: 'already holding maxPerContractor claims',
      variant: { claimFirst: true },
      rule: 'CLAIM_LIMIT_REACHED',
      reason: /already hold 1 claim/,
      refusal: ['CONFLICT', 'CLAIM_LIMIT_REACHED'],
    },
  ];

describe('eligibility: each rule failing alone yields exactly its reason and code', () => {
  let t: TestApp;
  let req: string;
  let orgId: string;
  let admin: string;
  let qualificationTypeId: string;
  let base: TaskData;
  const failing: Record<string, number> = {};
  let eligibleCount = 0;

  async function contractorWith(v: Variant): Promise<{ id: string; token: string }> {
    const [c] = await quickContractors(t, 1);
    ok(
      await t.gql(
        PROFILE,
        {
          input: {
            countryCode: v.country ?? 'US',
            languages: v.languages ?? ['en', 'es'],
            professions: v.professions ?? [{ professionCode: '43-4051', yearsExperience: 3 }],
          },
        },
        c.token,
      ),
    );
    const q = v.qualification ?? 'verified';
    if (q !== 'none') {
      const requested = ok(
        await t.gql<RequestQualificationData>(
          REQUEST_QUALIFICATION,
          { input: { qualificationTypeId, evidence: 'Licence 42, State Board' } },
          c.token,
        ),
      ).requestQualification;
      if (q !== 'pending')
        ok(
          await t.gql(
            DECIDE_QUALIFICATION,
            { input: { qualificationId: requested.id, verify: q !== 'rejected', note: 'checked' } },
            admin,
          ),
        );
      if (q === 'expired')
        await t.sql(
          `UPDATE contractor_qualifications SET expires_at = now() - interval '1 day' WHERE id = $1`,
          [requested.id],
        );
    }
    const consent = v.consent ?? 'all';
    if (consent === 'all' || consent === 'withdrawn')
      ok(await t.gql(GIVE_CONSENT, { v: '2026-11' }, c.token));
    if (consent === 'withdrawn') ok(await t.gql(WITHDRAW_CONSENT, {}, c.token));
    if (consent === 'narrow') ok(await t.gql(GIVE_CONSENT, { v: '2026-11', p: ['model-training'] }, c.token));
    if (consent === 'other-version') ok(await t.gql(GIVE_CONSENT, { v: 'other-2027' }, c.token));
    if (v.ownOrganization) await t.sql(`UPDATE users SET organization_id = $2 WHERE id = $1`, [c.id, orgId]);
    if (v.claimFirst) ok(await t.gql(CLAIM_TASK, { id: base.id }, c.token));
    return c;
  }

  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await login(t, ADMIN.email, ADMIN.password);
    req = await requester(t);
    ok(
      await t.gql(
        `mutation { publishConsentTerms(input: { version: "other-2027", text: "Other terms",
          purposes: ["model-training", "research"] }) { version } }`,
        {},
        admin,
      ),
    );
    qualificationTypeId = ok(
      await t.gql<CreateQualificationTypeData>(
        CREATE_QUALIFICATION_TYPE,
        { input: { name: 'Licensed support lead', description: 'A state licence', validityDays: 365 } },
        admin,
      ),
    ).createQualificationType.id;
    base = await fundedOpenTask(t, req, {
      slots: 40,
      maxPerContractor: 1,
      purposes: ['model-training', 'research'],
      eligibility: {
        minYearsExperience: 3,
        countries: ['US', 'GB'],
        languages: ['en', 'fr'],
        qualificationTypeIds: [qualificationTypeId],
      },
    });
    [{ organization_id: orgId }] = await t.sql<{ organization_id: string }>(
      `SELECT organization_id FROM tasks WHERE id = $1`,
      [base.id],
    );
  }, 60_000);
  afterAll(() => t.close());

  it('the base contractor passes every rule: eligible, in the feed, and can claim', async () => {
    const c = await contractorWith({});
    expect(ok(await t.gql<EligibilityData>(ELIGIBILITY, { id: base.id }, c.token)).taskEligibility).toEqual({
      eligible: true,
      reasons: [],
      codes: [],
    });
    const feed = ok(await t.gql<FeedData>(FEED, {}, c.token)).eligibleTasks;
    expect(feed.edges.map((e) => e.node.id)).toEqual([base.id]);
    expect(feed.totalCount).toBe(1);
    eligibleCount++;
  });

  it.each(CASES)('$label fails $rule alone', async ({ variant, rule, reason, refusal }) => {
    const c = await contractorWith(variant);
    const e = ok(await t.gql<EligibilityData>(ELIGIBILITY, { id: base.id }, c.token)).taskEligibility;
    expect(e.eligible).toBe(false);
    expect(e.codes).toEqual([rule]);
    expect(e.reasons).toHaveLength(1);
    expect(e.reasons[0]).toMatch(reason);
    const feed = ok(await t.gql<FeedData>(FEED, {}, c.token)).eligibleTasks;
    expect(feed.edges).toEqual([]);
    expect(feed.totalCount).toBe(0);
    const claimed = await t.gql(CLAIM_TASK, { id: base.id }, c.token);
    expect(claimed.errors?.[0].extensions).toMatchObject({ code: refusal[0], reason: refusal[1] });
    if (refusal[1] === 'NOT_ELIGIBLE')
      expect(claimed.errors?.[0].extensions).toMatchObject({ codes: [rule] });
    failing[rule] = (failing[rule] ?? 0) + 1;
  });

  it('NO_SLOTS_LEFT alone when the last slot is taken', async () => {
    const task = await fundedOpenTask(t, req, { slots: 1 });
    const first = await contractorWith({});
    const second = await contractorWith({});
    eligibleCount += 2;
    ok(await t.gql(CLAIM_TASK, { id: task.id }, first.token));
    const e = ok(await t.gql<EligibilityData>(ELIGIBILITY, { id: task.id }, second.token)).taskEligibility;
    expect(e).toEqual({
      eligible: false,
      codes: ['NO_SLOTS_LEFT'],
      reasons: ['Every slot of this task is taken'],
    });
    const claimed = await t.gql(CLAIM_TASK, { id: task.id }, second.token);
    expect(claimed.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_SLOTS_LEFT' });
  });

  it('TASK_NOT_OPEN alone for a paused task (contractors cannot see it: the service is asked)', async () => {
    const task = await fundedOpenTask(t, req, { slots: 2 });
    const c = await contractorWith({});
    eligibleCount++;
    ok(await t.gql(transition('pauseTask'), { id: task.id }, req));
    expect(await t.app.get(MatchingService).failedRules(task.id, c.id)).toEqual(['TASK_NOT_OPEN']);
    const claimed = await t.gql(CLAIM_TASK, { id: task.id }, c.token);
    expect(claimed.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('a task for a SOC group admits occupations inside it, and no others', async () => {
    const group = await fundedOpenTask(t, req, { professionCode: '43-0000', slots: 3 });
    const inside = await contractorWith({ professions: [{ professionCode: '43-4051', yearsExperience: 3 }] });
    const outside = await contractorWith({
      professions: [{ professionCode: '15-1252', yearsExperience: 1 }],
    });
    eligibleCount++;
    expect(
      ok(await t.gql<EligibilityData>(ELIGIBILITY, { id: group.id }, inside.token)).taskEligibility.eligible,
    ).toBe(true);
    expect(
      ok(await t.gql<EligibilityData>(ELIGIBILITY, { id: group.id }, outside.token)).taskEligibility.codes,
    ).toEqual(['PROFESSION_MISMATCH']);
    failing.PROFESSION_MISMATCH = (failing.PROFESSION_MISMATCH ?? 0) + 1;
  });

  it("matchContractors counts the base task's eligible contractors and each rule's failures", async () => {
    // Contractors made by the later tests pass or fail the base task like the base contractor
    // (same default profile) except the group test's outsider (PROFESSION_MISMATCH, counted).
    const m = ok(await t.gql<MatchData>(MATCH, { id: base.id, first: 50 }, req)).matchContractors;
    const claimLimit = failing.CLAIM_LIMIT_REACHED ?? 0;
    expect(m.eligibleCount).toBe(eligibleCount);
    const byRule = Object.fromEntries(m.failing.map((f) => [f.rule, f.count]));
    for (const [rule, n] of Object.entries(failing)) expect({ rule, n: byRule[rule] }).toEqual({ rule, n });
    expect(claimLimit).toBe(1);
    expect(m.sample).toHaveLength(eligibleCount);
    for (const s of m.sample) expect(s.pseudonym).toMatch(/^contributor-[0-9a-f]{16}$/);
  });
});
