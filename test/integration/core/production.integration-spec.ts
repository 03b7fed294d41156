import { createTestApp, registerUser, TestApp } from '../../setup/test-app';

describe('NODE_ENV=production', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp({ NODE_ENV: 'production' });
    token = (await registerUser(t, 'CONTRACTOR')).token;
  });
  afterAll(() => t.close());

  it('refuses introspection', async () => {
    const r = await t.gql(`{ __schema { types { name } } }`, {}, token);
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toMatch(/introspection/i);
  });

  it('does not suggest field names', async () => {
    const r = await t.gql(`{ me { emai } }`, {}, token);
    expect(r.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).not.toMatch(/Did you mean/);
    expect(r.errors?.[0].message).not.toContain('email');
  });

  it.each([
    [
      'an enum literal',
      `{ rateQuote(professionCode: "43-4051", artifactKind: EMAL, tier: BASIC, currency: "USD") { estimatedMinutes } }`,
      {},
    ],
    [
      'an enum variable',
      `query($k: ArtifactKind!) { rateQuote(professionCode: "43-4051", artifactKind: $k, tier: BASIC, currency: "USD") { estimatedMinutes } }`,
      { k: 'EMAL' },
    ],
    ['an argument name', `{ tasks(frist: 1) { totalCount } }`, {}],
    ['a type name', `query($s: TaskStatu) { tasks(status: $s) { totalCount } }`, {}],
  ])('does not suggest names for %s', async (_name, query, variables) => {
    const r = await t.gql(query, variables, token);
    expect(r.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    for (const e of r.errors ?? []) {
      expect(e.message).not.toMatch(/Did you mean/);
      expect(e.message).not.toMatch(/"EMAIL"|"first"|"TaskStatus"/);
    }
  });

  it('marks every GraphQL response, answers and refusals alike, as not to be stored', async () => {
    for (const [query, bearer] of [
      ['{ me { id } }', token],
      ['{ me { id } }', undefined],
      ['{ nope }', token],
    ] as const) {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        },
        body: JSON.stringify({ query }),
      });
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('serves no GraphiQL page', async () => {
    const res = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toMatch(/graphiql/i);
  });
});
