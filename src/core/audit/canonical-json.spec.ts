import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { canonicalJson, toJsonValue } from './canonical-json';

/** JSON values as they come back from jsonb: any key order, any number form JSON allows. */
const json = fc.jsonValue({ maxDepth: 3 });

describe('canonical JSON', () => {
  it('sorts keys in code-unit order at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [{ z: true, y: null }], B: 'x' })).toBe(
      '{"B":"x","a":[{"y":null,"z":true}],"b":1}',
    );
  });

  it('writes bigints as strings and dates as ISO instants, drops undefined members', () => {
    expect(canonicalJson({ amount: 12n, at: new Date('2026-01-02T03:04:05.006Z'), gone: undefined })).toBe(
      '{"amount":"12","at":"2026-01-02T03:04:05.006Z"}',
    );
    expect(canonicalJson([undefined])).toBe('[null]');
    expect(canonicalJson(-0)).toBe('0');
  });

  it('keeps a member named __proto__ as data', () => {
    expect(canonicalJson(JSON.parse('{"__proto__":{"x":1},"a":2}'))).toBe('{"__proto__":{"x":1},"a":2}');
  });

  it('refuses what JSON cannot carry', () => {
    expect(() => canonicalJson({ x: NaN })).toThrow(/\$\.x is not a finite number/);
    expect(() => canonicalJson({ x: Infinity })).toThrow(/finite/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
    expect(() => canonicalJson({ d: new Date('nope') })).toThrow(/invalid date/);
  });

  it('is the same text for the same value however it was written', () => {
    fc.assert(
      fc.property(json, (value) => {
        const text = canonicalJson(value);
        // Round trip through text, as a stored jsonb value is read back: same canonical form.
        expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(text);
        expect(canonicalJson(JSON.parse(JSON.stringify(value, null, 2)))).toBe(text);
        expect(JSON.parse(text)).toEqual(toJsonValue(value));
      }),
    );
  });

  it('is the same text exactly when the values are equal (key order aside)', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        const equal = isDeepStrictEqual(toJsonValue(a), toJsonValue(b));
        expect(canonicalJson(a) === canonicalJson(b)).toBe(equal);
      }),
    );
    const value = { a: 1, b: [1, 2] };
    expect(canonicalJson(value)).not.toBe(canonicalJson({ ...value, b: [2, 1] }));
    expect(canonicalJson(value)).toBe(canonicalJson({ b: [1, 2], a: 1 }));
  });
});
