import fc from 'fast-check';
import { redact, scanText } from './index';

/** Pieces that stress the patterns: digit runs, separators, '@', dots, colons, capitalised words. */
const piece = fc.oneof(
  fc.constantFrom(
    '1',
    '0',
    '9',
    '12',
    '123',
    '4111',
    ' ',
    '  ',
    '-',
    '.',
    ',',
    ':',
    '::',
    '@',
    '+',
    '(',
    ')',
    '#',
    '/',
    '\n',
    'a',
    'Z',
    'Ó',
    'ø',
    '’',
    "'",
    'www.',
    'http://',
    'https://',
    'DOB ',
    'SSN ',
    'IBAN ',
    'Hi ',
    'Regards, ',
    'Priya',
    'Smith',
    'O’Brien',
    'Street',
    'Ave',
    'NW1 6XE',
    'GB82',
    'DE89',
    'fe80',
    'ffff',
    '1990-12-10',
    '4111 1111 1111 1111',
    '+44 20 7946 0958',
    'laura@example.com',
    '\u00e9',
    '\ud83d\ude00',
    'Acme Corp',
  ),
  fc.string({ maxLength: 8 }),
);

const adversarial = fc.oneof(
  fc.array(piece, { maxLength: 400 }).map((p) => p.join('')),
  fc
    .tuple(
      fc.constantFrom(
        '1',
        '1 ',
        '1.',
        '1-',
        '@',
        'a.',
        'a@b.',
        'Aa ',
        '1:',
        'ab:',
        '+1 (',
        'GB00 ',
        '9',
        'x',
      ),
      fc.integer({ min: 1, max: 50_000 }),
    )
    .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n)),
  fc
    .tuple(fc.array(piece, { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 2500 }))
    .map(([p, n]) => p.join('').repeat(n).slice(0, 50_000)),
);

describe('scanText on adversarial input', () => {
  it('completes with sorted, disjoint, in-bounds findings and a consistent redaction', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        const { findings, redacted } = scanText(text);
        let previousEnd = 0;
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(previousEnd);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(f.start, f.end).length).toBeGreaterThan(0);
          previousEnd = f.end;
        }
        expect(redacted).toBe(redact(text, findings));
        let rebuilt = '';
        let at = 0;
        for (const f of findings) {
          rebuilt += text.slice(at, f.start) + `[${f.type}]`;
          at = f.end;
        }
        expect(redacted).toBe(rebuilt + text.slice(at));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  // No wall-clock assertion here: timings belong to bench/pii-scan.bench.ts (< 100 ms each, on
  // these inputs and more). Catastrophic backtracking would show as a run that never finishes.
  it('completes 50 000-character pathological inputs with in-bounds findings', () => {
    for (const unit of [
      '1',
      '1 ',
      '@',
      'a.b@c.',
      'Aaaa ',
      'ab:',
      'GB00 ',
      '1 Aaa ',
      'DOB 1990-',
      'http://a',
    ]) {
      const text = unit.repeat(Math.ceil(50_000 / unit.length)).slice(0, 50_000);
      const { findings, redacted } = scanText(text);
      for (const f of findings) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.end).toBeLessThanOrEqual(text.length);
      }
      expect(redacted).toBe(redact(text, findings));
    }
  });
});
