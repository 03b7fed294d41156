import { createHmac } from 'node:crypto';
import { createTestApp, PASSWORD, registerUser, TestApp, uniqueEmail } from '../../setup/test-app';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token user { id email role displayName } } }`;
const ADMIN = { email: 'root@fairsample.test', password: 'admin-password-123' };
interface RegisterData {
  register: { token: string; user: { id: string; email: string; role: string; displayName: string } };
}
interface CreateUserData {
  createUser: { id: string; role: string; email: string };
}

describe('accounts: register, login, me, createUser', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
  });
  afterAll(() => t.close());

  const countUsers = async () => Number((await t.sql(`SELECT count(*)::int AS n FROM users`))[0].n);

  it('registers a requester with its organisation and answers me', async () => {
    const email = uniqueEmail('req');
    const r = await t.gql<RegisterData>(REGISTER, {
      input: {
        email,
        password: PASSWORD,
        displayName: 'Ada',
        role: 'REQUESTER',
        organizationName: 'Lab One',
      },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.register.user).toMatchObject({ email, role: 'REQUESTER', displayName: 'Ada' });
    const me = await t.gql<{ me: { id: string; email: string; role: string } }>(
      `{ me { id email role } }`,
      {},
      r.data.register.token,
    );
    expect(me.data.me).toEqual({ id: r.data.register.user.id, email, role: 'REQUESTER' });
    const [row] = await t.sql(
      `SELECT o.name FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.email = $1`,
      [email],
    );
    expect(row.name).toBe('Lab One');
  });

  it('registers a contractor without an organisation', async () => {
    const c = await registerUser(t, 'CONTRACTOR');
    const [row] = await t.sql(`SELECT role, organization_id FROM users WHERE id = $1`, [c.id]);
    expect(row).toEqual({ role: 'CONTRACTOR', organization_id: null });
  });

  it.each(['ADMIN', 'FINANCE', 'REVIEWER'])(
    'refuses self-registration as %s and writes nothing',
    async (role) => {
      const before = await countUsers();
      const r = await t.gql<RegisterData>(REGISTER, {
        input: { email: uniqueEmail(), password: PASSWORD, displayName: 'X', role },
      });
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_SELF_SERVICE' });
      expect(await countUsers()).toBe(before);
    },
  );

  it('requires organizationName for a requester', async () => {
    const r = await t.gql<RegisterData>(REGISTER, {
      input: { email: uniqueEmail(), password: PASSWORD, displayName: 'X', role: 'REQUESTER' },
    });
    expect(r.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ORGANIZATION_REQUIRED',
      field: 'organizationName',
    });
  });

  it('refuses a duplicate email (any case) with CONFLICT', async () => {
    const email = uniqueEmail('dup');
    await registerUser(t, 'CONTRACTOR', { email });
    const before = await countUsers();
    const r = await t.gql<RegisterData>(REGISTER, {
      input: { email: email.toUpperCase(), password: PASSWORD, displayName: 'Again', role: 'CONTRACTOR' },
    });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
    expect(await countUsers()).toBe(before);
  });

  it.each([
    ['password', { password: 'short' }],
    ['email', { email: 'not-an-email' }],
    ['displayName', { displayName: '' }],
  ])('refuses a bad %s with BAD_USER_INPUT naming the field, creating no user', async (field, patch) => {
    const before = await countUsers();
    const r = await t.gql<RegisterData>(REGISTER, {
      input: { email: uniqueEmail(), password: PASSWORD, displayName: 'Ok', role: 'CONTRACTOR', ...patch },
    });
    expect(r.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const fields = (r.errors?.[0].extensions.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toContain(field);
    expect(r.errors?.[0].message).toContain(field);
    expect(await countUsers()).toBe(before);
  });

  it('logs in with the right password only, and never says which part was wrong', async () => {
    const c = await registerUser(t, 'CONTRACTOR');
    const ok = await t.gql<{ login: { token: string } }>(
      `mutation { login(email: "${c.email}", password: "${PASSWORD}") { token } }`,
    );
    expect(typeof ok.data.login.token).toBe('string');
    const wrong = await t.gql(
      `mutation { login(email: "${c.email}", password: "wrong-password-123") { token } }`,
    );
    const unknown = await t.gql(
      `mutation { login(email: "nobody@example.com", password: "wrong-password-123") { token } }`,
    );
    expect(wrong.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' });
    expect(unknown.errors?.[0]).toMatchObject({
      message: wrong.errors?.[0].message,
      extensions: wrong.errors?.[0].extensions,
    });
  });

  describe('tokens', () => {
    let token: string;
    beforeAll(async () => {
      token = (await registerUser(t, 'CONTRACTOR')).token;
    });
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const claims = () =>
      JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    const sign = (header: object, payload: object, secret: string) => {
      const data = `${b64(header)}.${b64(payload)}`;
      return `${data}.${createHmac('sha256', secret).update(data).digest('base64url')}`;
    };

    it('accepts the issued token', async () => {
      expect((await t.gql(`{ me { id } }`, {}, token)).errors).toBeUndefined();
    });

    it.each([
      ['alg none', () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`],
      [
        'wrong signature',
        () => sign({ alg: 'HS256', typ: 'JWT' }, claims(), 'another-secret-of-enough-length-0123456789'),
      ],
      [
        'tampered payload',
        () => `${token.split('.')[0]}.${b64({ ...claims(), role: 'ADMIN' })}.${token.split('.')[2]}`,
      ],
      [
        'expired',
        () =>
          sign(
            { alg: 'HS256' },
            { ...claims(), exp: Math.floor(Date.now() / 1000) - 60 },
            t.config.jwtSecret,
          ),
      ],
      [
        'wrong audience',
        () => sign({ alg: 'HS256' }, { ...claims(), aud: 'someone-else' }, t.config.jwtSecret),
      ],
      [
        'HS512 not allowed',
        () => {
          const data = `${b64({ alg: 'HS512' })}.${b64(claims())}`;
          return `${data}.${createHmac('sha512', t.config.jwtSecret).update(data).digest('base64url')}`;
        },
      ],
      ['garbage', () => 'not.a.token'],
    ])('refuses %s with UNAUTHENTICATED', async (_name, make) => {
      const r = await t.gql(`{ me { id } }`, {}, make());
      expect(r.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(r.data).toBeNull();
    });

    it('refuses anonymous callers of a guarded query', async () => {
      const r = await t.gql(`{ me { id } }`);
      expect(r.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'NO_TOKEN' });
    });
  });

  describe('createUser (admin)', () => {
    const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id role email } }`;
    let admin: string;
    beforeAll(async () => {
      const r = await t.gql<{ login: { token: string; user: { role: string } } }>(
        `mutation { login(email: "${ADMIN.email}", password: "${ADMIN.password}") { token user { role } } }`,
      );
      expect(r.data.login.user.role).toBe('ADMIN');
      admin = r.data.login.token;
    });

    it('creates finance, reviewer and admin users', async () => {
      for (const role of ['FINANCE', 'REVIEWER', 'ADMIN']) {
        const r = await t.gql<CreateUserData>(
          CREATE,
          { input: { email: uniqueEmail(role), password: PASSWORD, displayName: role, role } },
          admin,
        );
        expect(r.errors).toBeUndefined();
        expect(r.data.createUser.role).toBe(role);
      }
    });

    it('creates a requester inside an existing organisation only', async () => {
      const requester = await registerUser(t, 'REQUESTER');
      const [{ organization_id: org }] = await t.sql(`SELECT organization_id FROM users WHERE id = $1`, [
        requester.id,
      ]);
      const ok = await t.gql<CreateUserData>(
        CREATE,
        {
          input: {
            email: uniqueEmail(),
            password: PASSWORD,
            displayName: 'R2',
            role: 'REQUESTER',
            organizationId: org,
          },
        },
        admin,
      );
      expect(ok.data.createUser.role).toBe('REQUESTER');
      const missing = await t.gql<CreateUserData>(
        CREATE,
        { input: { email: uniqueEmail(), password: PASSWORD, displayName: 'R3', role: 'REQUESTER' } },
        admin,
      );
      expect(missing.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'ORGANIZATION_REQUIRED',
      });
      const unknown = await t.gql<CreateUserData>(
        CREATE,
        {
          input: {
            email: uniqueEmail(),
            password: PASSWORD,
            displayName: 'R4',
            role: 'REQUESTER',
            organizationId: '00000000-0000-4000-8000-000000000000',
          },
        },
        admin,
      );
      expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    });

    it('is refused to a requester, with no user created', async () => {
      const requester = await registerUser(t, 'REQUESTER');
      const before = await countUsers();
      const r = await t.gql<CreateUserData>(
        CREATE,
        { input: { email: uniqueEmail(), password: PASSWORD, displayName: 'X', role: 'ADMIN' } },
        requester.token,
      );
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
      expect(await countUsers()).toBe(before);
    });

    it('stores argon2id hashes with the OWASP parameters', async () => {
      const [row] = await t.sql(`SELECT password_hash FROM users WHERE email = $1`, [ADMIN.email]);
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    });
  });
});
