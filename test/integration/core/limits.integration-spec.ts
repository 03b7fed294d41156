import { createTestApp, registerUser, TestApp } from '../../setup/test-app';

describe('abuse limits and transport errors', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '5' });
    token = (await registerUser(t, 'CONTRACTOR')).token;
  });
  afterAll(() => t.close());

  it('refuses a 40-deep query without INTERNAL_SERVER_ERROR', async () => {
    let selection = 'id';
    for (let i = 0; i < 40; i++) selection = `me { ${selection} }`;
    const r = await t.gql(`{ ${selection} }`, {}, token);
    expect(r.data ?? null).toBeNull();
    const codes = r.errors!.map((e) => e.extensions.code);
    expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    expect(codes.every((c) => c === 'BAD_USER_INPUT')).toBe(true);
    expect(r.status).toBe(400);
    expect(
      r.errors!.some((e) => /too deep/i.test(e.message) && e.extensions.reason === 'QUERY_LIMIT_EXCEEDED'),
    ).toBe(true);
  });

  it('refuses a 500-alias query without INTERNAL_SERVER_ERROR', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: me { id }`).join(' ');
    const r = await t.gql(`{ ${aliases} }`, {}, token);
    expect(r.data ?? null).toBeNull();
    expect(r.errors!.map((e) => e.extensions.code).every((c) => c === 'BAD_USER_INPUT')).toBe(true);
    expect(r.status).toBe(400);
    expect(
      r.errors!.some(
        (e) => /aliases|tokens/i.test(e.message) && e.extensions.reason === 'QUERY_LIMIT_EXCEEDED',
      ),
    ).toBe(true);
  });

  it('answers malformed JSON with HTTP 400', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
  });

  it('refuses bodies over 1 MiB with 413', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(1100 * 1024) } }),
    });
    expect(res.status).toBe(413);
  });

  it('refuses batched requests', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('maps syntax and unknown-field errors to BAD_USER_INPUT', async () => {
    const syntax = await t.gql(`{ me { id `, {}, token);
    expect(syntax.status).toBe(400);
    expect(syntax.errors?.[0].message).toMatch(/Syntax Error/);
    expect(syntax.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await t.gql(`{ me { salary } }`, {}, token);
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_VALIDATION_FAILED',
    });
  });

  it('answers /health with 200 {"status":"ok"}', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('rate-limits login per IP with RATE_LIMITED', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await t.gql(
        `mutation { login(email: "x@example.com", password: "whatever-password") { token } }`,
      );
      codes.push(r.errors?.[0].extensions.code);
    }
    // One registration in beforeAll already used one of the five calls of this minute.
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(4);
    expect(codes.slice(4)).toEqual(['RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED']);
  });
});
