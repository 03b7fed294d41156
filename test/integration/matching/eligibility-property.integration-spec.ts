import fc from 'fast-check';
import { ProfessionsService } from '../../../src/modules/professions/professions.service';
import { createTestApp, TestApp } from '../../setup/test-app';
import { ADMIN, ADMIN_ENV, fundedOpenTask, login, requester, transition } from '../tasks/tasks-helpers';
import {
  CLAIM_TASK,
  CREATE_QUALIFICATION_TYPE,
  DECIDE_QUALIFICATION,
  ELIGIBILITY,
  expectBalanced,
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

const OCCUPATIONS = ['43-4051', '43-4171', '15-1252'];
const TASK_CODES = ['43-4051', '43-4000', '43-0000', '43-0000', '15-1252', '15-0000'];
const COUNTRIES = ['US', 'GB', 'DE'];
const LANGUAGES = ['en', 'fr', 'de'];
const PURPOSES = ['model-training', 'model-evaluation', 'research'];
type QualState = 'none' | 'verified' | 'pending' | 'rejected' | 'expired';
type ConsentState = 'none' | 'all' | 'narrow' | 'withdrawn';

const subset = <T>(xs: T[]) => fc.subarray(xs, { minLength: 1 });
const contractorArb = fc.record({
  profile: fc.option(
    fc.record({
      countryCode: fc.constantFrom(...COUNTRIES),
      languages: subset(LANGUAGES),
      professions: fc
        .subarray(OCCUPATIONS, { minLength: 1 })
        .chain((codes) =>
          fc.tuple(
            ...codes.map((c) => fc.record({ professionCode: fc.constant(c), yearsExperience: fc.nat(10) })),
          ),
        ),
    }),
    { freq: 5 },
  ),
  quals: fc.tuple(
    fc.constantFrom<QualState>('none', 'verified', 'verified', 'pending', 'rejected', 'expired'),
    fc.constantFrom<QualState>('none', 'verified', 'verified', 'expired'),
  ),
  consent: fc.constantFrom<ConsentState>('none', 'all', 'all', 'all', 'narrow', 'withdrawn'),
});
const taskArb = fc.record({
  professionCode: fc.constantFrom(...TASK_CODES),
  minYearsExperience: fc.option(fc.nat(8), { freq: 2 }),
  countries: fc.option(subset(COUNTRIES), { freq: 2 }),
  languages: fc.option(subset(LANGUAGES), { freq: 2 }),
  quals: fc.oneof(fc.constant([] as number[]), fc.subarray([0, 1])),
  purposes: subset(PURPOSES),
  slots: fc.integer({ min: 1, max: 3 }),
  maxPerContractor: fc.integer({ min: 1, max: 2 }),
});

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;
type ContractorSpec = ValueOf<typeof contractorArb> & { id: string; token: string; lineage: string[][] };
type TaskSpec = ValueOf<typeof taskArb> & { id: string; slotsLeft: number };

/**
 * Random contractors (profiles, qualifications in every state, consents) and random tasks: the
 * feed, taskEligibility, matchContractors' count and claimTask must all agree with each other and
 * with a model of the rules written here independently of the SQL.
 */
describe('property: feed, reasons, sizing and claims agree', () => {
  let t: TestApp;
  let req: string;
  let admin: string;
  let quals: string[];
  const everyone: ContractorSpec[] = [];
  const held = new Map<string, number>();
  const seen = { eligiblePairs: 0, claims: 0, refusals: 0 };

  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await login(t, ADMIN.email, ADMIN.password);
    req = await requester(t);
    quals = [];
    for (const name of ['Bar admission', 'Support certificate'])
      quals.push(
        ok(
          await t.gql<CreateQualificationTypeData>(
            CREATE_QUALIFICATION_TYPE,
            { input: { name, description: name, validityDays: 30 } },
            admin,
          ),
        ).createQualificationType.id,
      );
  }, 60_000);
  afterAll(() => t.close());

  /** The rules the model says `c` fails on `task` (state rules included). */
  function expected(c: ContractorSpec, task: TaskSpec, ignoreState = false): string[] {
    const failed: string[] = [];
    const p = c.profile;
    const matching = (p?.professions ?? []).filter((o, i) => c.lineage[i].includes(task.professionCode));
    if (!ignoreState && task.slotsLeft === 0) failed.push('NO_SLOTS_LEFT');
    if (!matching.length) failed.push('PROFESSION_MISMATCH');
    if (
      task.minYearsExperience !== null &&
      matching.length &&
      Math.max(...matching.map((o) => o.yearsExperience)) < task.minYearsExperience
    )
      failed.push('NOT_ENOUGH_EXPERIENCE');
    if (task.countries && !(p && task.countries.includes(p.countryCode))) failed.push('COUNTRY_NOT_ALLOWED');
    if (task.languages && !(p && p.languages.some((l) => task.languages!.includes(l))))
      failed.push('NO_SHARED_LANGUAGE');
    if (task.quals.some((q) => c.quals[q] !== 'verified')) failed.push('QUALIFICATION_MISSING');
    const consented =
      c.consent === 'all' || (c.consent === 'narrow' && task.purposes.every((x) => x === 'model-training'));
    if (!consented) failed.push('NO_CONSENT');
    if ((held.get(`${task.id}:${c.id}`) ?? 0) >= task.maxPerContractor) failed.push('CLAIM_LIMIT_REACHED');
    return failed;
  }

  async function makeContractor(spec: ValueOf<typeof contractorArb>): Promise<ContractorSpec> {
    const [c] = await quickContractors(t, 1);
    if (spec.profile) ok(await t.gql(PROFILE, { input: spec.profile }, c.token));
    for (const [i, state] of spec.quals.entries()) {
      if (state === 'none') continue;
      const r = ok(
        await t.gql<RequestQualificationData>(
          REQUEST_QUALIFICATION,
          { input: { qualificationTypeId: quals[i], evidence: 'ok' } },
          c.token,
        ),
      ).requestQualification;
      if (state === 'pending') continue;
      ok(
        await t.gql(
          DECIDE_QUALIFICATION,
          { input: { qualificationId: r.id, verify: state !== 'rejected', note: 'n' } },
          admin,
        ),
      );
      if (state === 'expired')
        await t.sql(
          `UPDATE contractor_qualifications SET expires_at = now() - interval '1 second' WHERE id = $1`,
          [r.id],
        );
    }
    if (spec.consent !== 'none')
      ok(
        await t.gql(
          GIVE_CONSENT,
          { v: '2026-11', p: spec.consent === 'narrow' ? ['model-training'] : null },
          c.token,
        ),
      );
    if (spec.consent === 'withdrawn') ok(await t.gql(WITHDRAW_CONSENT, {}, c.token));
    const professions = t.app.get(ProfessionsService);
    const lineage = await Promise.all(
      (spec.profile?.professions ?? []).map((o) => professions.lineage(o.professionCode)),
    );
    return { ...spec, ...c, lineage };
  }

  it('agree on random worlds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(contractorArb, { minLength: 1, maxLength: 4 }),
        fc.array(taskArb, { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
        async (contractorSpecs, taskSpecs, attempts) => {
          const cs: ContractorSpec[] = [];
          for (const s of contractorSpecs) cs.push(await makeContractor(s));
          everyone.push(...cs);
          const tasks: TaskSpec[] = [];
          for (const s of taskSpecs) {
            const created = await fundedOpenTask(t, req, {
              professionCode: s.professionCode,
              slots: s.slots,
              maxPerContractor: Math.min(s.maxPerContractor, s.slots),
              purposes: s.purposes,
              eligibility: {
                minYearsExperience: s.minYearsExperience ?? undefined,
                countries: s.countries ?? undefined,
                languages: s.languages ?? undefined,
                qualificationTypeIds: s.quals.length ? s.quals.map((i) => quals[i]) : undefined,
              },
            });
            tasks.push({
              ...s,
              maxPerContractor: Math.min(s.maxPerContractor, s.slots),
              id: created.id,
              slotsLeft: s.slots,
            });
          }

          const check = async () => {
            for (const c of cs) {
              const feed = ok(await t.gql<FeedData>(FEED, { first: 100 }, c.token)).eligibleTasks;
              const feedIds = new Set(feed.edges.map((e) => e.node.id));
              for (const task of tasks) {
                const want = expected(c, task);
                const e = ok(
                  await t.gql<EligibilityData>(ELIGIBILITY, { id: task.id }, c.token),
                ).taskEligibility;
                expect({ task: task.id, c: c.id, codes: [...e.codes].sort() }).toEqual({
                  task: task.id,
                  c: c.id,
                  codes: [...want].sort(),
                });
                expect(e.eligible).toBe(want.length === 0);
                expect(feedIds.has(task.id)).toBe(want.length === 0);
                if (want.length === 0) seen.eligiblePairs++;
              }
              expect(feed.totalCount).toBe(feedIds.size);
            }
            for (const task of tasks) {
              const m = ok(await t.gql<MatchData>(MATCH, { id: task.id, first: 0 }, req)).matchContractors;
              expect(m.eligibleCount).toBe(
                everyone.filter((c) => expected(c, task, true).length === 0).length,
              );
            }
          };
          await check();

          for (const [ci, ti] of attempts) {
            const c = cs[ci % cs.length];
            const task = tasks[ti % tasks.length];
            const want = expected(c, task);
            const r = await t.gql(CLAIM_TASK, { id: task.id }, c.token);
            expect({ want, ok: !r.errors }).toEqual({ want, ok: want.length === 0 });
            seen[r.errors ? 'refusals' : 'claims']++;
            if (!r.errors) {
              task.slotsLeft--;
              held.set(`${task.id}:${c.id}`, (held.get(`${task.id}:${c.id}`) ?? 0) + 1);
            } else if (want.some((w) => !['NO_SLOTS_LEFT', 'CLAIM_LIMIT_REACHED'].includes(w)))
              expect(r.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ELIGIBLE' });
            else expect(r.errors[0].extensions).toMatchObject({ code: 'CONFLICT', reason: want[0] });
          }
          await check();
          // Cancelled tasks leave the feed, so the next world starts with an empty one.
          for (const task of tasks) ok(await t.gql(transition('cancelTask'), { id: task.id }, req));
          await expectBalanced(t);
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 20), endOnFailure: true },
    );
    // The worlds must exercise both sides, or agreement would be trivially true.
    expect(seen.eligiblePairs).toBeGreaterThan(0);
    expect(seen.claims).toBeGreaterThan(0);
    expect(seen.refusals).toBeGreaterThan(0);
  }, 300_000);
});
