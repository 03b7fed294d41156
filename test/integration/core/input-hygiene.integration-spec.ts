import { randomBytes } from 'node:crypto';
import { createTestApp, GqlResult, PASSWORD, registerUser, TestApp, uniqueEmail } from '../../setup/test-app';
import { adminToken, ADMIN_ENV, PUBLISH, row } from '../rates/rates-helpers';
import { namedFields, taskInput } from '../tasks/tasks-helpers';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token user { id email displayName } } }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id } } }`;
const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id instructions } }`;

/**
 * One gate for every input: control characters refused in any string (field named, nothing
 * written), addresses compared in one form with look-alikes refused, names cleaned of invisible
 * and direction-changing characters, common and trivial passwords refused.
 */ interface RegisterData {
  register: { token: string; user: { id: string; email: string; displayName: string } };
}
interface LoginData {
  login: { token: string; user: { id: string } };
}
interface CreateTaskData {
  createTask: { id: string; instructions: string };
}

describe('input hygiene', () => {
  let t: TestApp;
  let requesterToken: string;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    requesterToken = (await registerUser(t, 'REQUESTER')).token;
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  const footprint = async () =>
    (
      await t.sql(`SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM organizations) AS orgs,
        (SELECT count(*)::int FROM tasks) AS tasks, (SELECT count(*)::int FROM rate_tables) AS tables,
        (SELECT count(*)::int FROM rate_rows) AS rows`)
    )[0];

  const expectRefused = (r: GqlResult, field: string) => {
    expect(r.data ?? null).toBeNull();
    const ext = r.errors?.[0].extensions;
    expect(ext).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(namedFields(ext!)).toContain(field);
    expect(r.errors?.[0].message).toContain(field);
  };

  const registration = (patch: Record<string, unknown> = {}) => ({
    email: uniqueEmail(),
    password: PASSWORD,
    displayName: 'Ada',
    role: 'REQUESTER',
    organizationName: 'Lab',
    ...patch,
  });

  describe('a NUL character', () => {
    it.each([
      [
        'register',
        'displayName',
        () => t.gql<RegisterData>(REGISTER, { input: registration({ displayName: 'A\u0000da' }) }),
      ],
      [
        'register',
        'organizationName',
        () => t.gql<RegisterData>(REGISTER, { input: registration({ organizationName: 'Lab\u0000' }) }),
      ],
      [
        'register',
        'email',
        () => t.gql<RegisterData>(REGISTER, { input: registration({ email: `a\u0000${uniqueEmail()}` }) }),
      ],
      ['login', 'email', () => t.gql<LoginData>(LOGIN, { e: 'root@fairsample.test\u0000', p: PASSWORD })],
      [
        'createTask',
        'title',
        () =>
          t.gql<CreateTaskData>(
            CREATE_TASK,
            { input: taskInput({ title: 'Replies\u0000' }) },
            requesterToken,
          ),
      ],
      [
        'createTask (inline literal)',
        'title',
        () =>
          t.gql(
            `mutation { createTask(input: { title: "Replies\\u0000", instructions: "x", professionCode: "43-4051",
               artifactKind: SUPPORT_REPLY, tier: STANDARD, currency: "USD", slots: 1, consentTermsVersion: "1",
               purposes: ["training"], retentionDays: 30 }) { id } }`,
            {},
            requesterToken,
          ),
      ],
      [
        'createTask',
        'purposes.1',
        () =>
          t.gql<CreateTaskData>(
            CREATE_TASK,
            { input: taskInput({ purposes: ['ok', 'bad\u0000'] }) },
            requesterToken,
          ),
      ],
      [
        'createTask',
        'instructions',
        () =>
          t.gql<CreateTaskData>(
            CREATE_TASK,
            { input: taskInput({ instructions: 'Line one\n\u0000' }) },
            requesterToken,
          ),
      ],
      [
        'createTask',
        'eligibility.countries.0',
        () =>
          t.gql<CreateTaskData>(
            CREATE_TASK,
            { input: taskInput({ eligibility: { countries: ['U\u0000'] } }) },
            requesterToken,
          ),
      ],
      [
        'rateTable',
        'version',
        () =>
          t.gql(
            `query($v: String!) { rateTable(version: $v) { id } }`,
            { v: '2026.1\u0000' },
            requesterToken,
          ),
      ],
      [
        'publishRateTable',
        'rows.1.professionCode',
        () =>
          t.gql(
            PUBLISH,
            {
              input: {
                version: `nul-${randomBytes(3).toString('hex')}`,
                hourlyFloorMinor: 0,
                platformFeeBasisPoints: 2000,
                rows: [row(), row({ professionCode: '43-\u00000000' })],
              },
            },
            admin,
          ),
      ],
    ])('in %s %s → BAD_USER_INPUT naming it, nothing written', async (_op, field, call) => {
      const before = await footprint();
      expectRefused(await call(), field);
      expect(await footprint()).toEqual(before);
    });

    it.each([
      ['an ANSI escape', '\u001b[31mAda'],
      ['a DEL', 'Ada\u007f'],
      ['a C1 control', 'Ada\u009b'],
      ['a line break', 'Ada\nLovelace'],
    ])('other control characters too: %s in a display name', async (_name, displayName) => {
      const before = await footprint();
      expectRefused(
        await t.gql<RegisterData>(REGISTER, { input: registration({ displayName }) }),
        'displayName',
      );
      expect(await footprint()).toEqual(before);
    });

    it('multi-line text keeps its line breaks and tabs', async () => {
      const instructions = 'Step 1:\n\tpaste a reply.\r\nStep 2: remove names.';
      const r = await t.gql<CreateTaskData>(
        CREATE_TASK,
        { input: taskInput({ instructions }) },
        requesterToken,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.createTask.instructions).toBe(instructions);
    });
  });

  describe('look-alike e-mail addresses', () => {
    const tag = () => randomBytes(3).toString('hex');

    it.each([
      [
        'fullwidth letters',
        (local: string) =>
          `${[...local].map((c) => (/[a-z]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('')}@example.com`,
      ],
      ['upper case', (local: string) => `${local.toUpperCase()}@EXAMPLE.com`],
    ])('%s map to the same account (CONFLICT on register, login works)', async (_name, variant) => {
      const local = `alice${tag()}`;
      const original = await registerUser(t, 'CONTRACTOR', { email: `${local}@example.com` });
      const before = await footprint();
      const again = await t.gql<RegisterData>(REGISTER, {
        input: registration({ email: variant(local), role: 'CONTRACTOR', organizationName: undefined }),
      });
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
      expect(await footprint()).toEqual(before);
      const login = await t.gql<LoginData>(LOGIN, { e: variant(local), p: PASSWORD });
      expect(login.data.login.user.id).toBe(original.id);
    });

    it('composed and decomposed accents are one address', async () => {
      const local = `jos${tag()}`;
      const composed = `${local}\u00e9@example.com`;
      const decomposed = `${local}e\u0301@example.com`;
      const original = await registerUser(t, 'CONTRACTOR', { email: decomposed });
      const [{ email }] = await t.sql(`SELECT email FROM users WHERE id = $1`, [original.id]);
      expect(email).toBe(composed);
      const again = await t.gql<RegisterData>(REGISTER, {
        input: registration({ email: composed, role: 'CONTRACTOR', organizationName: undefined }),
      });
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
      expect((await t.gql<LoginData>(LOGIN, { e: composed, p: PASSWORD })).data.login.user.id).toBe(
        original.id,
      );
    });

    it.each([
      ['a Cyrillic а among Latin letters', (l: string) => `\u0430${l}@example.com`],
      ['a Greek ο in the domain', (l: string) => `${l}@ex\u03bfmple.com`],
      ['a zero-width space', (l: string) => `${l}\u200b@example.com`],
      ['a zero-width joiner', (l: string) => `${l}\u200d@example.com`],
      ['a soft hyphen', (l: string) => `${l}\u00ad@example.com`],
    ])('%s is refused, creating nothing', async (_name, make) => {
      const local = `lice${tag()}`;
      await registerUser(t, 'CONTRACTOR', { email: `a${local}@example.com` });
      const before = await footprint();
      const r = await t.gql<RegisterData>(REGISTER, {
        input: registration({ email: make(local), role: 'CONTRACTOR', organizationName: undefined }),
      });
      expectRefused(r, 'email');
      expect(await footprint()).toEqual(before);
    });
  });

  describe('names shown to others', () => {
    it('the database itself refuses control characters in names and addresses', async () => {
      for (const [sql, value] of [
        [`UPDATE users SET display_name = $1`, 'Ada\u001b[31m'],
        [
          `UPDATE users SET email = $1 WHERE id = (SELECT min(id::text)::uuid FROM users)`,
          'a\tb@example.com',
        ],
        [`UPDATE organizations SET name = $1`, 'Lab\u0007'],
      ]) {
        await expect(t.sql(sql, [value])).rejects.toMatchObject({ code: '23514' });
      }
    });

    it('drops bidi overrides and isolates from display and organisation names', async () => {
      const r = await t.gql<RegisterData>(REGISTER, {
        input: registration({
          displayName: '\u202eAda\u202c \u2066Lovelace\u2069',
          organizationName: 'Lab\u202e One',
        }),
      });
      expect(r.errors).toBeUndefined();
      expect(r.data.register.user.displayName).toBe('Ada Lovelace');
      const [row] = await t.sql(
        `SELECT u.display_name, o.name FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.id = $1`,
        [r.data.register.user.id],
      );
      expect(row).toEqual({ display_name: 'Ada Lovelace', name: 'Lab One' });
    });

    it.each([
      ['displayName', 'zero-width characters only', '\u200b\u200c\u2060'],
      ['displayName', 'bidi controls and spaces only', ' \u202e \u2066 '],
      ['organizationName', 'zero-width characters only', '\u200b\ufeff'],
    ])('refuses a %s of %s', async (field, _name, value) => {
      const before = await footprint();
      expectRefused(await t.gql<RegisterData>(REGISTER, { input: registration({ [field]: value }) }), field);
      expect(await footprint()).toEqual(before);
    });
  });

  describe('passwords', () => {
    it.each([
      ['twelve spaces', ' '.repeat(12)],
      ['one character repeated', 'zzzzzzzzzzzzzz'],
      ['a common password', 'qwertyuiop123'],
      ['a common word with digits', 'password12345'],
      ['a common word repeated', 'dragondragon'],
    ])('refuses %s, creating nothing', async (_name, password) => {
      const before = await footprint();
      const r = await t.gql<RegisterData>(REGISTER, { input: registration({ password }) });
      expectRefused(r, 'password');
      expect(await footprint()).toEqual(before);
    });

    it('applies to accounts the admin creates too', async () => {
      const r = await t.gql(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input: { email: uniqueEmail(), password: ' '.repeat(16), displayName: 'X', role: 'FINANCE' } },
        admin,
      );
      expectRefused(r, 'password');
    });
  });
});
