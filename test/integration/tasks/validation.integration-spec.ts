import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '../../setup/test-app';
import {
  CREATE_TASK,
  createTask,
  errorOf,
  FUND_TASK,
  namedFields,
  PUBLISH,
  requester,
  TASK,
  taskInput,
  transition,
  type TaskData,
} from './tasks-helpers';

interface BadField {
  label: string;
  patch: Record<string, unknown>;
  /** The field the error must name (extensions.field or extensions.fields[].field). */
  field: string;
  reason?: string;
}

const eligibility = (e: Record<string, unknown>) => ({ eligibility: e });

/** One bad value at a time; everything else is the valid `taskInput()`. */
const BAD_FIELDS: BadField[] = [
  { label: 'empty title', patch: { title: '' }, field: 'title' },
  { label: 'blank title (trimmed to empty)', patch: { title: '   ' }, field: 'title' },
  { label: 'title of 201 characters', patch: { title: 't'.repeat(201) }, field: 'title' },
  { label: 'empty instructions', patch: { instructions: '' }, field: 'instructions' },
  { label: 'professionCode not SOC-shaped', patch: { professionCode: '4340-51' }, field: 'professionCode' },
  {
    label: 'professionCode SOC-shaped but unknown',
    patch: { professionCode: '99-9999' },
    field: 'professionCode',
    reason: 'UNKNOWN_PROFESSION',
  },
  { label: "currency 'usd' (lowercase)", patch: { currency: 'usd' }, field: 'currency' },
  { label: "currency 'XYZ' (not ISO 4217)", patch: { currency: 'XYZ' }, field: 'currency' },
  { label: 'slots 0', patch: { slots: 0 }, field: 'slots' },
  { label: 'slots 100001', patch: { slots: 100_001 }, field: 'slots' },
  { label: 'maxPerContractor 0', patch: { maxPerContractor: 0 }, field: 'maxPerContractor' },
  {
    label: 'maxPerContractor above slots',
    patch: { slots: 3, maxPerContractor: 4 },
    field: 'maxPerContractor',
  },
  {
    label: "eligibility.countries ['USA']",
    patch: eligibility({ countries: ['USA'] }),
    field: 'eligibility.countries',
  },
  {
    label: "eligibility.countries ['us']",
    patch: eligibility({ countries: ['us'] }),
    field: 'eligibility.countries',
  },
  {
    label: 'eligibility.countries with a duplicate',
    patch: eligibility({ countries: ['US', 'DE', 'US'] }),
    field: 'eligibility.countries',
  },
  {
    label: "eligibility.languages ['english']",
    patch: eligibility({ languages: ['english'] }),
    field: 'eligibility.languages',
  },
  {
    label: 'eligibility.minYearsExperience -1',
    patch: eligibility({ minYearsExperience: -1 }),
    field: 'eligibility.minYearsExperience',
  },
  {
    label: "eligibility.qualificationTypeIds ['not-a-uuid']",
    patch: eligibility({ qualificationTypeIds: ['not-a-uuid'] }),
    field: 'eligibility.qualificationTypeIds',
  },
  { label: 'claimTimeLimitMinutes 0', patch: { claimTimeLimitMinutes: 0 }, field: 'claimTimeLimitMinutes' },
  { label: 'reviewWindowHours 0', patch: { reviewWindowHours: 0 }, field: 'reviewWindowHours' },
  { label: 'retentionDays 0', patch: { retentionDays: 0 }, field: 'retentionDays' },
  { label: 'retentionDays 3651', patch: { retentionDays: 3651 }, field: 'retentionDays' },
  { label: 'purposes []', patch: { purposes: [] }, field: 'purposes' },
  { label: 'a purpose of 101 characters', patch: { purposes: ['x'.repeat(101)] }, field: 'purposes' },
  { label: "consentTermsVersion ''", patch: { consentTermsVersion: '' }, field: 'consentTermsVersion' },
  {
    label: "consentTermsVersion 'has spaces'",
    patch: { consentTermsVersion: 'has spaces' },
    field: 'consentTermsVersion',
  },
];

/** Values GraphQL itself refuses (not a member of the enum) before any resolver runs. */
const BAD_ENUMS = [
  { label: 'unknown artifactKind', patch: { artifactKind: 'POEM' }, field: 'artifactKind' },
  { label: 'unknown tier', patch: { tier: 'LEGENDARY' }, field: 'tier' },
];

describe('createTask and fundTask refuse bad input with BAD_USER_INPUT and write nothing', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = await requester(t);
  });
  afterAll(() => t.close());

  const taskCount = async (): Promise<number> =>
    (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM tasks`))[0].n;

  it('accepts the valid input every case below departs from in one field', async () => {
    const before = await taskCount();
    const r = await t.gql<{ createTask: TaskData }>(CREATE_TASK, { input: taskInput() }, token);
    expect(r.errors).toBeUndefined();
    expect(r.data.createTask.status).toBe('DRAFT');
    expect(await taskCount()).toBe(before + 1);
  });

  it.each(BAD_FIELDS)(
    '$label → BAD_USER_INPUT naming $field, no task row',
    async ({ patch, field, reason }) => {
      const before = await taskCount();
      const r = await t.gql(CREATE_TASK, { input: taskInput(patch) }, token);
      expect(r.data).toBeNull();
      const ext = errorOf(r);
      expect(ext.code).toBe('BAD_USER_INPUT');
      expect(ext.reason).toBe(reason ?? 'INVALID_INPUT');
      expect(namedFields(ext)).toContain(field);
      expect(await taskCount()).toBe(before);
    },
  );

  it.each(BAD_ENUMS)('$label → BAD_USER_INPUT from GraphQL naming input.$field, no task row', async (c) => {
    const before = await taskCount();
    const r = await t.gql(CREATE_TASK, { input: taskInput(c.patch) }, token);
    expect(r.data).toBeUndefined();
    expect(r.errors).toHaveLength(1);
    expect(errorOf(r).code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toContain(`"input.${c.field}"`);
    expect(await taskCount()).toBe(before);
  });

  it('a currency without any rate row (GBP) → BAD_USER_INPUT NO_RATE naming a field, no task row', async () => {
    const before = await taskCount();
    const r = await t.gql(CREATE_TASK, { input: taskInput({ currency: 'GBP' }) }, token);
    expect(r.data).toBeNull();
    const ext = errorOf(r);
    expect(ext).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NO_RATE' });
    expect(namedFields(ext).length).toBeGreaterThan(0);
    expect(r.errors?.[0].message).toMatch(/GBP/);
    expect(await taskCount()).toBe(before);
  });

  it('names every bad field at once', async () => {
    const before = await taskCount();
    const r = await t.gql(
      CREATE_TASK,
      { input: taskInput({ title: '', slots: 0, retentionDays: 0 }) },
      token,
    );
    expect(namedFields(errorOf(r))).toEqual(expect.arrayContaining(['title', 'slots', 'retentionDays']));
    expect(await taskCount()).toBe(before);
  });

  describe('fundTask', () => {
    const fundingCount = async (taskId: string): Promise<number> =>
      (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM fundings WHERE task_id = $1`, [taskId]))[0]
        .n;

    it("refuses paymentMethod 'visa' with BAD_USER_INPUT naming paymentMethod; no funding row", async () => {
      const task = await createTask(t, token);
      const r = await t.gql(FUND_TASK, { id: task.id, pm: 'visa' }, token);
      expect(r.data).toBeNull();
      const ext = errorOf(r);
      expect(ext.code).toBe('BAD_USER_INPUT');
      expect(namedFields(ext)).toContain('paymentMethod');
      expect(await fundingCount(task.id)).toBe(0);
      const [row] = await t.sql(`SELECT status FROM tasks WHERE id = $1`, [task.id]);
      expect(row.status).toBe('DRAFT');
    });

    it('refuses a taskId that is not a UUID with BAD_USER_INPUT naming taskId; no funding row', async () => {
      const [before] = await t.sql(`SELECT count(*)::int AS n FROM fundings`);
      const r = await t.gql(FUND_TASK, { id: 'not-a-uuid', pm: 'pm_card_visa' }, token);
      expect(r.data).toBeNull();
      const ext = errorOf(r);
      expect(ext.code).toBe('BAD_USER_INPUT');
      expect(namedFields(ext)).toContain('taskId');
      expect(await t.sql(`SELECT count(*)::int AS n FROM fundings`)).toEqual([before]);
    });
  });

  it.each(['publishTask', 'pauseTask', 'resumeTask', 'closeTask', 'cancelTask'])(
    '%s refuses a taskId that is not a UUID with BAD_USER_INPUT naming taskId',
    async (name) => {
      const r = await t.gql(name === 'publishTask' ? PUBLISH : transition(name), { id: 'not-a-uuid' }, token);
      expect(r.data).toBeNull();
      const ext = errorOf(r);
      expect(ext.code).toBe('BAD_USER_INPUT');
      expect(namedFields(ext)).toContain('taskId');
    },
  );

  it('task(id) refuses an id that is not a UUID with BAD_USER_INPUT, and a well-formed unknown id is NOT_FOUND', async () => {
    const bad = await t.gql(TASK, { id: 'not-a-uuid' }, token);
    expect(errorOf(bad).code).toBe('BAD_USER_INPUT');
    expect(namedFields(errorOf(bad))).toContain('id');
    const unknown = await t.gql(TASK, { id: randomUUID() }, token);
    expect(errorOf(unknown).code).toBe('NOT_FOUND');
  });
});
