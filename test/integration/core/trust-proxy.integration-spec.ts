import { createTestApp, TestApp } from '../../setup/test-app';

/** Login calls through a proxy that says who the client is (`X-Forwarded-For`); codes in order. */
async function logins(t: TestApp, clients: string[]): Promise<(string | undefined)[]> {
  const codes: (string | undefined)[] = [];
  for (const client of clients) {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify({
        query: `mutation { login(email: "x@example.com", password: "whatever-password") { token } }`,
      }),
    });
    const body = (await res.json()) as { errors?: { extensions: { code: string } }[] };
    codes.push(body.errors?.[0].extensions.code);
  }
  return codes;
}

describe('the login rate limit behind a reverse proxy', () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    for (const t of apps) await t.close();
  });

  it('with TRUST_PROXY naming the proxy, counts each real client on its own', async () => {
    const t = await createTestApp({ TRUST_PROXY: '127.0.0.1', AUTH_RATE_LIMIT_PER_MINUTE: '2' });
    apps.push(t);
    expect(await logins(t, ['203.0.113.7', '203.0.113.7', '203.0.113.7', '198.51.100.9'])).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'RATE_LIMITED',
      'UNAUTHENTICATED', // another client behind the same proxy has its own budget
    ]);
    const buckets = await t.sql<{ bucket: string }>(`SELECT bucket FROM auth_rate_limits ORDER BY bucket`);
    expect(buckets.map((b) => b.bucket)).toEqual(['auth:198.51.100.9', 'auth:203.0.113.7']);
  });

  it('by default ignores X-Forwarded-For, which any client could forge', async () => {
    const t = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '2' });
    apps.push(t);
    expect(await logins(t, ['203.0.113.7', '198.51.100.9', '192.0.2.1'])).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'RATE_LIMITED',
    ]);
  });
});
