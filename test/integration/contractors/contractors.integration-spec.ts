import { createTestApp, TestApp } from '../../setup/test-app';
import {
  ADMIN,
  ADMIN_ENV,
  CREATE_TASK,
  login,
  namedFields,
  requester,
  staffToken,
  taskInput,
  type TaskData,
} from '../tasks/tasks-helpers';
import {
  CREATE_QUALIFICATION_TYPE,
  DECIDE_QUALIFICATION,
  DEFAULT_PROFILE,
  ok,
  PROFILE,
  quickContractors,
  REQUEST_QUALIFICATION,
} from '../matching/matching-helpers';
import type {
  Connection,
  CreateQualificationTypeData,
  DecideQualificationData,
  ProfileData,
  Qualification,
  QualificationType,
  RequestQualificationData,
} from '../../support/gql-results';

const PENDING = `query($first: Int, $after: String) { pendingQualifications(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id status evidence type { name } } } } }`;
const MINE = `query { myQualifications { id status held expiresAt type { name } } }`;
const TYPES = `query { qualificationTypes { id name validityDays } }`;

interface PendingData {
  pendingQualifications: Connection<
    Pick<Qualification, 'id' | 'status'> & { evidence: string; type: { name: string } }
  >;
}
interface MineData {
  myQualifications: Pick<Qualification, 'id' | 'status' | 'held' | 'expiresAt'>[];
}
interface TypesData {
  qualificationTypes: Pick<QualificationType, 'id' | 'name' | 'validityDays'>[];
}

describe('contractor profiles', () => {
  let t: TestApp;
  let c: { id: string; token: string };
  beforeAll(async () => {
    t = await createTestApp();
    [c] = await quickContractors(t, 1);
  });
  afterAll(() => t.close());

  it('sets and replaces country, languages and occupations', async () => {
    const first = ok(
      await t.gql<ProfileData>(PROFILE, { input: DEFAULT_PROFILE }, c.token),
    ).updateContractorProfile;
    expect(first).toEqual({
      countryCode: 'US',
      languages: ['en'],
      payoutsEnabled: false,
      professions: [{ professionCode: '43-4051', yearsExperience: 5 }],
    });
    const input = {
      countryCode: 'GB',
      languages: ['en', 'fr'],
      professions: [
        { professionCode: '15-1252', yearsExperience: 2 },
        { professionCode: '43-4051', yearsExperience: 7 },
      ],
    };
    expect(ok(await t.gql<ProfileData>(PROFILE, { input }, c.token)).updateContractorProfile).toMatchObject(
      input,
    );
    const rows = await t.sql(
      `SELECT profession_code, ancestors FROM contractor_occupations WHERE user_id = $1 ORDER BY 1`,
      [c.id],
    );
    expect(rows).toEqual([
      { profession_code: '15-1252', ancestors: ['15-1252', '15-1250', '15-1200', '15-0000'] },
      { profession_code: '43-4051', ancestors: ['43-4051', '43-4050', '43-4000', '43-0000'] },
    ]);
  });

  const BAD: { label: string; patch: Record<string, unknown>; field: string }[] = [
    { label: 'an unknown country', patch: { countryCode: 'XX' }, field: 'countryCode' },
    { label: 'a lower-case country', patch: { countryCode: 'us' }, field: 'countryCode' },
    { label: 'an unknown language', patch: { languages: ['en', 'xx'] }, field: 'languages' },
    { label: 'no language', patch: { languages: [] }, field: 'languages' },
    {
      label: 'an occupation not in SOC 2018',
      patch: { professions: [{ professionCode: '99-9999', yearsExperience: 1 }] },
      field: 'professions.0.professionCode',
    },
    {
      label: 'a malformed occupation code',
      patch: { professions: [{ professionCode: '434051', yearsExperience: 1 }] },
      field: 'professions.0.professionCode',
    },
    {
      label: 'negative years',
      patch: { professions: [{ professionCode: '43-4051', yearsExperience: -1 }] },
      field: 'professions.0.yearsExperience',
    },
    {
      label: 'the same occupation twice',
      patch: {
        professions: [
          { professionCode: '43-4051', yearsExperience: 1 },
          { professionCode: '43-4051', yearsExperience: 2 },
        ],
      },
      field: 'professions',
    },
  ];
  it.each(BAD)(
    'refuses $label with BAD_USER_INPUT naming $field, changing nothing',
    async ({ patch, field }) => {
      const before = await t.sql(`SELECT * FROM contractor_profiles WHERE user_id = $1`, [c.id]);
      const occupationsBefore = await t.sql(
        `SELECT * FROM contractor_occupations WHERE user_id = $1 ORDER BY 2`,
        [c.id],
      );
      const r = await t.gql<ProfileData>(PROFILE, { input: { ...DEFAULT_PROFILE, ...patch } }, c.token);
      const ext = r.errors?.[0].extensions;
      expect(ext?.code).toBe('BAD_USER_INPUT');
      expect(namedFields(ext!)).toContain(field);
      expect(await t.sql(`SELECT * FROM contractor_profiles WHERE user_id = $1`, [c.id])).toEqual(before);
      expect(
        await t.sql(`SELECT * FROM contractor_occupations WHERE user_id = $1 ORDER BY 2`, [c.id]),
      ).toEqual(occupationsBefore);
    },
  );

  it('is for contractors only', async () => {
    const r = await t.gql<ProfileData>(PROFILE, { input: DEFAULT_PROFILE }, await requester(t));
    expect(r.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('qualifications', () => {
  let t: TestApp;
  let admin: string;
  let reviewer: string;
  let c: { id: string; token: string };
  let typeId: string;
  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await login(t, ADMIN.email, ADMIN.password);
    reviewer = await staffToken(t, admin, 'REVIEWER');
    [c] = await quickContractors(t, 1);
  });
  afterAll(() => t.close());

  it('admins create types (names unique); anyone signed in lists them; others cannot create', async () => {
    const input = { name: 'US state bar', description: 'Admitted to a US state bar', validityDays: 10 };
    typeId = ok(await t.gql<CreateQualificationTypeData>(CREATE_QUALIFICATION_TYPE, { input }, admin))
      .createQualificationType.id;
    const dup = await t.gql<CreateQualificationTypeData>(CREATE_QUALIFICATION_TYPE, { input }, admin);
    expect(dup.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'QUALIFICATION_TYPE_EXISTS',
    });
    expect(
      (await t.gql<CreateQualificationTypeData>(CREATE_QUALIFICATION_TYPE, { input }, c.token)).errors?.[0]
        .extensions.code,
    ).toBe('FORBIDDEN');
    const bad = await t.gql<CreateQualificationTypeData>(
      CREATE_QUALIFICATION_TYPE,
      { input: { ...input, name: ' ', validityDays: 0 } },
      admin,
    );
    expect(namedFields(bad.errors![0].extensions)).toEqual(expect.arrayContaining(['name', 'validityDays']));
    expect(ok(await t.gql<TypesData>(TYPES, {}, c.token)).qualificationTypes).toEqual([
      { id: typeId, name: 'US state bar', validityDays: 10 },
    ]);
  });

  it('a contractor requests with evidence; one pending request per type; unknown types are refused', async () => {
    const r = ok(
      await t.gql<RequestQualificationData>(
        REQUEST_QUALIFICATION,
        { input: { qualificationTypeId: typeId, evidence: 'Bar no. 123' } },
        c.token,
      ),
    ).requestQualification;
    expect(r).toMatchObject({
      status: 'PENDING',
      held: false,
      expiresAt: null,
      type: { name: 'US state bar' },
    });
    const again = await t.gql<RequestQualificationData>(
      REQUEST_QUALIFICATION,
      { input: { qualificationTypeId: typeId, evidence: 'again' } },
      c.token,
    );
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'QUALIFICATION_PENDING' });
    const unknown = await t.gql<RequestQualificationData>(
      REQUEST_QUALIFICATION,
      { input: { qualificationTypeId: '00000000-0000-4000-8000-000000000000', evidence: 'x' } },
      c.token,
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'qualificationTypeId',
    });
  });

  it('reviewers and admins page through pending requests and decide each once', async () => {
    const more = await quickContractors(t, 3);
    for (const m of more)
      ok(
        await t.gql<RequestQualificationData>(
          REQUEST_QUALIFICATION,
          { input: { qualificationTypeId: typeId, evidence: 'e' } },
          m.token,
        ),
      );
    expect((await t.gql<PendingData>(PENDING, {}, c.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: PendingData['pendingQualifications'] = ok(
        await t.gql<PendingData>(PENDING, { first: 3, after }, reviewer),
      ).pendingQualifications;
      expect(page.totalCount).toBe(4);
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(4);

    const [first] = seen;
    const before = Date.now();
    const verified = ok(
      await t.gql<DecideQualificationData>(
        DECIDE_QUALIFICATION,
        { input: { qualificationId: first, verify: true, note: 'checked' } },
        reviewer,
      ),
    ).decideQualification;
    expect(verified).toMatchObject({ status: 'VERIFIED', held: true, note: 'checked' });
    const days = (Date.parse(verified.expiresAt ?? '') - before) / 86_400_000;
    expect(days).toBeGreaterThan(9.99);
    expect(days).toBeLessThan(10.01);
    const twice = await t.gql<DecideQualificationData>(
      DECIDE_QUALIFICATION,
      { input: { qualificationId: first, verify: false, note: 'x' } },
      admin,
    );
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'QUALIFICATION_DECIDED' });
    const rejected = ok(
      await t.gql<DecideQualificationData>(
        DECIDE_QUALIFICATION,
        { input: { qualificationId: seen[1], verify: false, note: 'unreadable' } },
        admin,
      ),
    ).decideQualification;
    expect(rejected).toMatchObject({ status: 'REJECTED', held: false, expiresAt: null });
    expect(
      (
        await t.gql<DecideQualificationData>(
          DECIDE_QUALIFICATION,
          { input: { qualificationId: seen[2], verify: true, note: 'n' } },
          c.token,
        )
      ).errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');
    expect(ok(await t.gql<PendingData>(PENDING, {}, admin)).pendingQualifications.totalCount).toBe(2);
  });

  it('an expired verification is not held', async () => {
    const [q] = await t.sql(`SELECT id FROM contractor_qualifications WHERE user_id = $1`, [c.id]);
    await t.sql(
      `UPDATE contractor_qualifications SET status = 'VERIFIED', decided_at = now(), expires_at = now() - interval '1 minute' WHERE id = $1`,
      [q.id],
    );
    const mine = ok(await t.gql<MineData>(MINE, {}, c.token)).myQualifications;
    expect(mine).toEqual([expect.objectContaining({ id: q.id, status: 'VERIFIED', held: false })]);
  });

  it('createTask refuses qualification type ids that do not exist, naming the field', async () => {
    const req = await requester(t);
    const r = await t.gql(
      CREATE_TASK,
      {
        input: taskInput({
          eligibility: { qualificationTypeIds: [typeId, '00000000-0000-4000-8000-000000000001'] },
        }),
      },
      req,
    );
    expect(r.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'eligibility.qualificationTypeIds',
    });
    const okTask = ok(
      await t.gql<{ createTask: TaskData }>(
        CREATE_TASK,
        { input: taskInput({ eligibility: { qualificationTypeIds: [typeId] } }) },
        req,
      ),
    );
    expect(okTask.createTask.id).toBeDefined();
  });
});
