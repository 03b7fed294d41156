import { cleanName, emailProblem, normalizeEmail } from './text';

describe('normalizeEmail / emailProblem', () => {
  it.each([
    ['fullwidth letters', 'ａｌｉｃｅ@example.com', 'alice@example.com'],
    ['upper case and spaces', '  Alice@Example.COM ', 'alice@example.com'],
    ['decomposed accent', 'jose\u0301@example.com', 'josé@example.com'],
    ['composed accent', 'jos\u00e9@example.com', 'josé@example.com'],
  ])('maps %s to one form', (_n, raw, expected) => {
    expect(normalizeEmail(raw)).toBe(expected);
    expect(emailProblem(normalizeEmail(raw))).toBeNull();
  });

  it.each([
    ['a zero-width space', 'ali\u200bce@example.com'],
    ['a soft hyphen', 'ali\u00adce@example.com'],
    ['a Cyrillic a among Latin', '\u0430lice@example.com'],
    ['a Greek omicron in the domain', 'alice@ex\u03bfmple.com'],
    ['not an address', 'alice'],
  ])('refuses %s', (_n, raw) => {
    expect(emailProblem(normalizeEmail(raw))).not.toBeNull();
  });

  it('accepts an address written in one script', () => {
    expect(emailProblem(normalizeEmail('müller@beispiel.de'))).toBeNull();
  });
});

describe('cleanName', () => {
  it('removes bidi overrides and keeps the visible text', () => {
    expect(cleanName('\u202eAda\u202c Lovelace')).toBe('Ada Lovelace');
  });
  it.each([
    ['zero-width only', '\u200b\u200c\u200d'],
    ['spaces and marks only', ' \u0301 '],
    ['bidi only', '\u202e\u2066'],
  ])('empties %s', (_n, raw) => {
    expect(cleanName(raw)).toBe('');
  });
  it('keeps emoji sequences and non-Latin names', () => {
    expect(cleanName('Zoë 👩‍💻')).toBe('Zoë 👩‍💻');
    expect(cleanName('山田 太郎')).toBe('山田 太郎');
  });
});
