import { DomainError } from '../../core/errors/domain-error';
import { MAX_SCAN_LENGTH } from './privacy.errors';
import { PrivacyService, typesFound } from './privacy.service';
import { scanText } from './scanner';

describe('PrivacyService', () => {
  const service = new PrivacyService();

  it('returns exactly what the scanner returns', () => {
    const text = 'Hi Priya, write to priya.sharma@example.com or call +44 20 7946 0958.';
    const result = service.scan(text);
    expect(result).toEqual(scanText(text));
    expect(result.findings.map((f) => f.type)).toEqual(
      expect.arrayContaining(['PERSON_NAME', 'EMAIL', 'PHONE']),
    );
  });

  it(`scans ${MAX_SCAN_LENGTH} code units and refuses one more with TEXT_TOO_LONG`, () => {
    expect(service.scan('a'.repeat(MAX_SCAN_LENGTH)).findings).toEqual([]);
    let thrown: unknown;
    try {
      service.scan('a'.repeat(MAX_SCAN_LENGTH + 1));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TEXT_TOO_LONG' });
  });

  it('counts UTF-16 code units, not code points', () => {
    expect(() => service.scan('😀'.repeat(MAX_SCAN_LENGTH / 2))).not.toThrow();
    expect(() => service.scan('😀'.repeat(MAX_SCAN_LENGTH / 2) + 'a')).toThrow(DomainError);
  });
});

describe('typesFound', () => {
  it('lists each type once, in enum order', () => {
    expect(
      typesFound([
        { type: 'URL', start: 30, end: 40 },
        { type: 'EMAIL', start: 0, end: 5 },
        { type: 'URL', start: 50, end: 60 },
        { type: 'PHONE', start: 10, end: 20 },
      ]),
    ).toEqual(['EMAIL', 'PHONE', 'URL']);
    expect(typesFound([])).toEqual([]);
  });
});
