import { createHmac } from 'node:crypto';
import { ACCESS_TTL_MS } from '../../../src/core/auth/principal-cache';
import { AccountsService } from '../../../src/modules/accounts/accounts.service';
import { createTestApp, PASSWORD, registerUser, TestApp, uniqueEmail } from '../../setup/test-app';

const ADMIN = { email: 'root@fairsample.test', password: 'admin-password-123' };
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id role } }`;
const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`;
const TASKS = `{ tasks { totalCount edges { node { id } } } }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id role } } }`;

const taskInput = {
  title: 'Support replies',
  instructions: 'Paste one reply.',
  professionCode: '43-4051',
  artifactKind: 'SUPPORT_REPLY',
  tier: 'STANDARD',
  currency: 'USD',
  slots: 1,
  consentTermsVersion: '2026-11',
  purposes: ['model-training'],
  retentionDays: 30,
};

/**
 * A token names a user and a session version only: every request acts with the user's current
 * role and organisation, so changes apply at once, and signOutEverywhere revokes old tokens.
 */ interface TasksData {
  tasks: { totalCount: number; edges: { node: { id: string } }[] };
}
interface LoginData {
  login: { token: string; user: { id: string; role: string } };
}

describe('access comes from the database, not the token', () => {
  let t: TestApp;
  let accounts: AccountsService;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    accounts = t.app.get(AccountsService);
    admin = await login(ADMIN.email, ADMIN.password);
  });
  afterAll(() => t.close());

  async function login(email: string, password = PASSWORD): Promise<string> {
    const r = await t.gql<LoginData>(LOGIN, { e: email, p: password });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data.login.token;
  }

  async function staff(role: string, organizationId?: string): Promise<{ id: string; token: string }> {
    const email = uniqueEmail(role.toLowerCase());
    const r = await t.gql<{ createUser: { id: string; role: string } }>(
      CREATE_USER,
      { input: { email, password: PASSWORD, displayName: role, role, organizationId } },
      admin,
    );
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return { id: r.data.createUser.id, token: await login(email) };
  }

  const orgOf = async (userId: string) =>
    (await t.sql(`SELECT organization_id FROM users WHERE id = $1`, [userId]))[0].organization_id as string;

  it('a demoted admin is refused admin operations at once with its old token', async () => {
    const other = await staff('ADMIN');
    const ok = await t.gql<{ createUser: { id: string; role: string } }>(
      CREATE_USER,
      { input: { email: uniqueEmail(), password: PASSWORD, displayName: 'X', role: 'FINANCE' } },
      other.token,
    );
    expect(ok.errors).toBeUndefined();
    await accounts.changeAccess(other.id, 'FINANCE' as never, null);
    const before = await t.sql(`SELECT count(*)::int AS n FROM users`);
    const r = await t.gql<{ createUser: { id: string; role: string } }>(
      CREATE_USER,
      { input: { email: uniqueEmail(), password: PASSWORD, displayName: 'Y', role: 'ADMIN' } },
      other.token,
    );
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    expect(await t.sql(`SELECT count(*)::int AS n FROM users`)).toEqual(before);
    expect((await t.gql<{ me: { role: string } }>(`{ me { role } }`, {}, other.token)).data.me.role).toBe(
      'FINANCE',
    );
  });

  it('a requester moved to another organisation creates and sees tasks only in the new one', async () => {
    const mover = await registerUser(t, 'REQUESTER');
    const stay = await registerUser(t, 'REQUESTER');
    const oldOrg = await orgOf(mover.id);
    const newOrg = await orgOf(stay.id);
    const first = await t.gql<{ createTask: { id: string } }>(CREATE_TASK, { input: taskInput }, mover.token);
    expect(first.errors).toBeUndefined();

    await accounts.changeAccess(mover.id, 'REQUESTER' as never, newOrg);
    const second = await t.gql<{ createTask: { id: string } }>(
      CREATE_TASK,
      { input: taskInput },
      mover.token,
    );
    expect(second.errors).toBeUndefined();
    const [row] = await t.sql(`SELECT organization_id FROM tasks WHERE id = $1`, [second.data.createTask.id]);
    expect(row.organization_id).toBe(newOrg);
    expect(row.organization_id).not.toBe(oldOrg);
    const seen = await t.gql<TasksData>(TASKS, {}, mover.token);
    const ids = seen.data.tasks.edges.map((e) => e.node.id);
    expect(ids).toContain(second.data.createTask.id);
    expect(ids).not.toContain(first.data.createTask.id);
    const old = await t.gql(
      `query($id: ID!) { task(id: $id) { id } }`,
      { id: first.data.createTask.id },
      mover.token,
    );
    expect(old.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a deleted user is refused at once with its old token', async () => {
    const gone = await registerUser(t, 'CONTRACTOR');
    expect((await t.gql<TasksData>(TASKS, {}, gone.token)).errors).toBeUndefined();
    await accounts.deleteUser(gone.id);
    const r = await t.gql<TasksData>(TASKS, {}, gone.token);
    expect(r.data).toBeNull();
    expect(r.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_CLOSED' });
  });

  it('a change made elsewhere (another instance, SQL) applies within the cache lifetime', async () => {
    const other = await staff('ADMIN');
    expect((await t.gql<{ me: { role: string } }>(`{ me { role } }`, {}, other.token)).data.me.role).toBe(
      'ADMIN',
    );
    await t.sql(`UPDATE users SET role = 'FINANCE' WHERE id = $1`, [other.id]);
    await new Promise((r) => setTimeout(r, ACCESS_TTL_MS + 100));
    const r = await t.gql<{ createUser: { id: string; role: string } }>(
      CREATE_USER,
      { input: { email: uniqueEmail(), password: PASSWORD, displayName: 'Z', role: 'ADMIN' } },
      other.token,
    );
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  describe('signOutEverywhere', () => {
    it('revokes every token of the caller, and only theirs; a new login works', async () => {
      const user = await registerUser(t, 'CONTRACTOR');
      const second = await login(user.email);
      const bystander = await registerUser(t, 'CONTRACTOR');
      const r = await t.gql(`mutation { signOutEverywhere }`, {}, second);
      expect(r).toMatchObject({ data: { signOutEverywhere: true } });
      expect(r.errors).toBeUndefined();
      for (const old of [user.token, second]) {
        const me = await t.gql<{ me: { id: string } }>(`{ me { id } }`, {}, old);
        expect(me.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOKEN_REVOKED' });
      }
      expect(
        (await t.gql<{ me: { id: string } }>(`{ me { id } }`, {}, bystander.token)).errors,
      ).toBeUndefined();
      const fresh = await login(user.email);
      expect((await t.gql<{ me: { id: string } }>(`{ me { id } }`, {}, fresh)).data.me.id).toBe(user.id);
      const [row] = await t.sql(`SELECT token_version FROM users WHERE id = $1`, [user.id]);
      expect(row.token_version).toBe(1);
    });

    it('needs a token', async () => {
      const r = await t.gql(`mutation { signOutEverywhere }`);
      expect(r.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'NO_TOKEN' });
    });
  });

  describe('public operations ignore a bad token', () => {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const sign = (payload: object) => {
      const data = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}`;
      return `${data}.${createHmac('sha256', t.config.jwtSecret).update(data).digest('base64url')}`;
    };
    const claimsOf = (token: string) =>
      JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;

    it.each([
      ['expired', (tok: string) => sign({ ...claimsOf(tok), exp: Math.floor(Date.now() / 1000) - 60 })],
      ['garbage', () => 'not.a.token'],
      ['not a bearer header', () => 'a b c'],
    ])('login and register succeed with a %s token', async (_name, make) => {
      const user = await registerUser(t, 'CONTRACTOR');
      const stale = make(user.token);
      const r = await t.gql<LoginData>(LOGIN, { e: user.email, p: PASSWORD }, stale);
      expect(r.errors).toBeUndefined();
      expect(r.data.login.user.id).toBe(user.id);
      const reg = await t.gql(
        `mutation($input: RegisterInput!) { register(input: $input) { token } }`,
        { input: { email: uniqueEmail(), password: PASSWORD, displayName: 'New', role: 'CONTRACTOR' } },
        stale,
      );
      expect(reg.errors).toBeUndefined();
    });

    it('login succeeds with a signed-out token', async () => {
      const user = await registerUser(t, 'CONTRACTOR');
      await accounts.signOutEverywhere(user.id);
      const r = await t.gql<LoginData>(LOGIN, { e: user.email, p: PASSWORD }, user.token);
      expect(r.errors).toBeUndefined();
    });

    describe('issued-at', () => {
      let user: { token: string; id: string };
      beforeAll(async () => {
        user = await registerUser(t, 'CONTRACTOR');
      });
      const now = () => Math.floor(Date.now() / 1000);

      it('refuses a token issued in the future beyond the clock skew', async () => {
        const token = sign({ ...claimsOf(user.token), iat: now() + 3600, exp: now() + 7200 });
        const r = await t.gql<{ me: { id: string } }>(`{ me { id } }`, {}, token);
        expect(r.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_TOKEN' });
      });

      it('accepts a token issued a few seconds ahead (clock skew)', async () => {
        const token = sign({ ...claimsOf(user.token), iat: now() + 5 });
        expect((await t.gql<{ me: { id: string } }>(`{ me { id } }`, {}, token)).data.me.id).toBe(user.id);
      });

      it('refuses a well-signed token naming a user that does not exist', async () => {
        const token = sign({ ...claimsOf(user.token), sub: '00000000-0000-4000-8000-000000000000' });
        const r = await t.gql<{ me: { id: string } }>(`{ me { id } }`, {}, token);
        expect(r.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_CLOSED' });
      });

      it('ignores a role claim: the database decides', async () => {
        const token = sign({ ...claimsOf(user.token), role: 'ADMIN' });
        const r = await t.gql<{ createUser: { id: string; role: string } }>(
          CREATE_USER,
          { input: { email: uniqueEmail(), password: PASSWORD, displayName: 'X', role: 'ADMIN' } },
          token,
        );
        expect(r.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
      });
    });
  });
});
