import { createTestApp, registerUser, TestApp } from '../../setup/test-app';

const SCAN = `query($text: String!) { scanText(text: $text) { findings { type start end } redacted typesFound } }`;
interface ScanData {
  scanText: {
    findings: { type: string; start: number; end: number }[];
    redacted: string;
    typesFound: string[];
  };
}
const MAX = 50_000;

// The party emoji is two UTF-16 code units: every offset after it is one more than its code-point index.
const SAMPLE =
  '🎉 Great news! Per my call with Chinedu Okonkwo this morning, reach him at ' +
  'chinedu.okonkwo@example.com or +44 20 7946 0958. He paid with card 4111-1111-1111-1111.';

const DECOY =
  'Invoice INV-2024-0042 totals $1,250.00, due net 30. Version 10.2.3 shipped at 14:30; ' +
  'Q3 revenue grew 12%. Order 7781-2290 and ticket #48213 are closed.';

/** `length` characters of business text ending with an email, so the whole text must be read. */
function textOfLength(length: number): string {
  const tail = ' Send questions to ops.lead@example.com';
  const filler = 'The quarterly report is attached for review. ';
  return filler.repeat(Math.ceil(length / filler.length)).slice(0, length - tail.length) + tail;
}

describe('privacy: scanText', () => {
  let t: TestApp;
  let contractor: string;
  beforeAll(async () => {
    t = await createTestApp();
    contractor = (await registerUser(t, 'CONTRACTOR')).token;
  });
  afterAll(() => t.close());

  const fieldsOf = (r: Awaited<ReturnType<TestApp['gql']>>) =>
    (r.errors?.[0].extensions.fields as { field: string }[] | undefined)?.map((f) => f.field);

  it('refuses anonymous callers with UNAUTHENTICATED', async () => {
    const r = await t.gql<ScanData>(SCAN, { text: SAMPLE });
    expect(r.data).toBeNull();
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'NO_TOKEN' });
  });

  it('finds name, email, phone and card at UTF-16 offsets and redacts them', async () => {
    const r = await t.gql<ScanData>(SCAN, { text: SAMPLE }, contractor);
    expect(r.errors).toBeUndefined();
    const { findings, redacted, typesFound } = r.data.scanText;
    expect(findings).toEqual([
      { type: 'PERSON_NAME', start: 32, end: 47 },
      { type: 'EMAIL', start: 75, end: 102 },
      { type: 'PHONE', start: 106, end: 122 },
      { type: 'CREDIT_CARD', start: 142, end: 161 },
    ]);
    // Code-point offsets would be one less: the emoji counts as two units.
    expect([...SAMPLE].indexOf('C')).toBe(31);
    expect(findings.map((f) => SAMPLE.slice(f.start, f.end))).toEqual([
      'Chinedu Okonkwo',
      'chinedu.okonkwo@example.com',
      '+44 20 7946 0958',
      '4111-1111-1111-1111',
    ]);
    expect(redacted).toBe(
      '🎉 Great news! Per my call with [PERSON_NAME] this morning, reach him at ' +
        '[EMAIL] or [PHONE]. He paid with card [CREDIT_CARD].',
    );
    expect(typesFound).toEqual(['EMAIL', 'PHONE', 'PERSON_NAME', 'CREDIT_CARD']);
  });

  it('is open to requesters too (any signed-in user)', async () => {
    const requester = (await registerUser(t, 'REQUESTER')).token;
    const r = await t.gql<ScanData>(SCAN, { text: 'Mail jane.doe@example.org today.' }, requester);
    expect(r.errors).toBeUndefined();
    expect(r.data.scanText.redacted).toBe('Mail [EMAIL] today.');
  });

  it('flags nothing in business text: invoices, versions, prices, times, percentages, quarters', async () => {
    const r = await t.gql<ScanData>(SCAN, { text: DECOY }, contractor);
    expect(r.errors).toBeUndefined();
    expect(r.data.scanText).toEqual({ findings: [], redacted: DECOY, typesFound: [] });
  });

  it(`accepts exactly ${MAX} characters and scans all of them`, async () => {
    const text = textOfLength(MAX);
    expect(text).toHaveLength(MAX);
    const r = await t.gql<ScanData>(SCAN, { text }, contractor);
    expect(r.errors).toBeUndefined();
    expect(r.data.scanText.findings).toEqual([
      { type: 'EMAIL', start: MAX - 'ops.lead@example.com'.length, end: MAX },
    ]);
    expect(r.data.scanText.redacted.endsWith('Send questions to [EMAIL]')).toBe(true);
  });

  it(`refuses ${MAX + 1} characters with BAD_USER_INPUT naming text`, async () => {
    const r = await t.gql<ScanData>(SCAN, { text: textOfLength(MAX + 1) }, contractor);
    expect(r.data).toBeNull();
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(fieldsOf(r)).toEqual(['text']);
    expect(r.errors?.[0].message).toContain('text');
  });

  it('counts the limit in UTF-16 code units: 25 001 emoji (50 002 units) are refused', async () => {
    const r = await t.gql<ScanData>(SCAN, { text: '😀'.repeat(MAX / 2 + 1) }, contractor);
    expect(r.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual(['text']);
    const ok = await t.gql<ScanData>(SCAN, { text: '😀'.repeat(MAX / 2) }, contractor);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.scanText.findings).toEqual([]);
  });
});
