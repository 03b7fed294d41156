import { createTestApp, TestApp } from '../../setup/test-app';
import { ADMIN, ADMIN_ENV, CREATE_TASK, login, requester, taskInput } from '../tasks/tasks-helpers';
import { GIVE_CONSENT, ok, quickContractors, WITHDRAW_CONSENT } from '../matching/matching-helpers';
import type { Consent, GiveConsentData, WithdrawConsentData } from '../../support/gql-results';

const TERMS = `query { consentTerms { version text purposes publishedAt } }`;
const PUBLISH_TERMS = `mutation($input: ConsentTermsInput!) { publishConsentTerms(input: $input) { version purposes } }`;
const MINE = `query { myConsents { termsVersion purposes givenAt withdrawnAt } }`;

interface TermsData {
  consentTerms: { version: string; text: string; purposes: string[]; publishedAt: string }[];
}
interface PublishTermsData {
  publishConsentTerms: { version: string; purposes: string[] };
}
interface MineData {
  myConsents: Consent[];
}

describe('consent terms and consent', () => {
  let t: TestApp;
  let admin: string;
  let c: { id: string; token: string };
  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await login(t, ADMIN.email, ADMIN.password);
    [c] = await quickContractors(t, 1);
  });
  afterAll(() => t.close());

  it('terms 2026-11 are published with their three purposes; anyone signed in reads them', async () => {
    const terms = ok(await t.gql<TermsData>(TERMS, {}, await requester(t))).consentTerms;
    expect(terms).toEqual([
      expect.objectContaining({
        version: '2026-11',
        purposes: ['model-training', 'model-evaluation', 'research'],
      }),
    ]);
    expect((await t.gql(TERMS, {})).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('admins publish new versions; a version is never published twice and never changes', async () => {
    const input = { version: '2027-03', text: 'Training only.', purposes: ['model-training'] };
    expect(ok(await t.gql<PublishTermsData>(PUBLISH_TERMS, { input }, admin)).publishConsentTerms).toEqual({
      version: '2027-03',
      purposes: ['model-training'],
    });
    const dup = await t.gql(PUBLISH_TERMS, { input: { ...input, text: 'Changed' } }, admin);
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONSENT_TERMS_EXIST' });
    expect((await t.gql(PUBLISH_TERMS, { input }, c.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const bad = await t.gql(
      PUBLISH_TERMS,
      { input: { version: 'a b', text: '', purposes: ['Bad Purpose'] } },
      admin,
    );
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    await expect(t.sql(`UPDATE consent_terms SET text = 'x' WHERE version = '2026-11'`)).rejects.toThrow(
      /immutable/,
    );
    await expect(t.sql(`DELETE FROM consent_terms WHERE version = '2026-11'`)).rejects.toThrow(/immutable/);
    await expect(t.sql(`TRUNCATE consent_terms CASCADE`)).rejects.toThrow(/immutable/);
  });

  it("giveConsent records the version's purposes (or fewer), the time; withdrawing stamps it", async () => {
    const all = ok(await t.gql<GiveConsentData>(GIVE_CONSENT, { v: '2026-11' }, c.token)).giveConsent;
    expect(all).toMatchObject({
      termsVersion: '2026-11',
      purposes: ['model-training', 'model-evaluation', 'research'],
      withdrawnAt: null,
    });
    const narrowed = ok(
      await t.gql<GiveConsentData>(GIVE_CONSENT, { v: '2026-11', p: ['research'] }, c.token),
    ).giveConsent;
    expect(narrowed.purposes).toEqual(['research']);
    const withdrawn = ok(await t.gql<WithdrawConsentData>(WITHDRAW_CONSENT, {}, c.token)).withdrawConsent;
    expect(withdrawn).toMatchObject({ termsVersion: '2026-11', purposes: ['research'] });
    expect(Date.parse(withdrawn.withdrawnAt ?? '')).toBeGreaterThanOrEqual(Date.parse(withdrawn.givenAt));
    const again = await t.gql(WITHDRAW_CONSENT, {}, c.token);
    expect(again.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const history = ok(await t.gql<MineData>(MINE, {}, c.token)).myConsents;
    expect(history).toHaveLength(2);
    expect(history.every((h) => h.withdrawnAt !== null)).toBe(true);
  });

  it('refuses a version never published and purposes it does not cover, naming the field', async () => {
    const unknown = await t.gql(GIVE_CONSENT, { v: '1999-01' }, c.token);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'termsVersion' });
    const extra = await t.gql(GIVE_CONSENT, { v: '2026-11', p: ['advertising'] }, c.token);
    expect(extra.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'purposes' });
    const [{ n }] = await t.sql(
      `SELECT count(*)::int AS n FROM consents WHERE withdrawn_at IS NULL AND user_id = $1`,
      [c.id],
    );
    expect(n).toBe(0);
  });

  it('10 parallel giveConsent leave exactly one current consent', async () => {
    const [d] = await quickContractors(t, 1);
    const rs = await Promise.all(
      Array.from({ length: 10 }, () => t.gql(GIVE_CONSENT, { v: '2026-11' }, d.token)),
    );
    expect(rs.filter((r) => r.errors)).toEqual([]);
    const [{ n }] = await t.sql(
      `SELECT count(*)::int AS n FROM consents WHERE withdrawn_at IS NULL AND user_id = $1`,
      [d.id],
    );
    expect(n).toBe(1);
  });

  it('createTask refuses unpublished terms and purposes they do not cover, creating nothing', async () => {
    const req = await requester(t);
    const count = async () => (await t.sql(`SELECT count(*)::int AS n FROM tasks`))[0].n as number;
    const before = await count();
    const unknown = await t.gql(CREATE_TASK, { input: taskInput({ consentTermsVersion: '2030-01' }) }, req);
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_CONSENT_TERMS',
      field: 'consentTermsVersion',
    });
    const uncovered = await t.gql(
      CREATE_TASK,
      { input: taskInput({ consentTermsVersion: '2027-03', purposes: ['research'] }) },
      req,
    );
    expect(uncovered.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PURPOSE_NOT_COVERED',
      field: 'purposes',
    });
    expect(await count()).toBe(before);
    ok(
      await t.gql(
        CREATE_TASK,
        { input: taskInput({ consentTermsVersion: '2027-03', purposes: ['model-training'] }) },
        req,
      ),
    );
    expect(await count()).toBe(before + 1);
  });
});
