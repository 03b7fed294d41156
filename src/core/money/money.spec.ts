import fc from 'fast-check';
import { currencyExponent, isCurrency, minorPerMajor } from './currencies';
import { basisPointsOf, divRoundHalfUp, toSafeNumber } from './money';

describe('money arithmetic', () => {
  it('rounds half up exactly', () => {
    expect(divRoundHalfUp(5n, 2n)).toBe(3n);
    expect(divRoundHalfUp(4n, 2n)).toBe(2n);
    expect(divRoundHalfUp(7n, 3n)).toBe(2n);
    expect(divRoundHalfUp(-5n, 2n)).toBe(-3n);
    expect(basisPointsOf(1234n, 2000)).toBe(247n); // 246.8
    expect(basisPointsOf(1225n, 2000)).toBe(245n);
    expect(basisPointsOf(1n, 5000)).toBe(1n); // 0.5 → 1
    expect(basisPointsOf(1n, 4999)).toBe(0n);
  });

  it('stays within half a minor unit of the exact value', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.integer({ min: 0, max: 100_000 }),
        (amount, bp) => {
          const fee = basisPointsOf(amount, bp);
          const exactTimes2 = (amount * BigInt(bp) * 2n) / 10_000n; // floor of 2× exact
          return fee * 2n >= exactTimes2 - 1n && fee * 2n <= exactTimes2 + 1n;
        },
      ),
    );
  });

  it('knows ISO 4217 exponents', () => {
    expect(currencyExponent('USD')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('KWD')).toBe(3);
    expect(minorPerMajor('EUR')).toBe(100n);
    expect(isCurrency('usd')).toBe(false);
    expect(isCurrency('XXX')).toBe(false);
  });

  it('refuses to turn an unsafe bigint into a number', () => {
    expect(toSafeNumber(9007199254740991n)).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => toSafeNumber(9007199254740992n)).toThrow(RangeError);
  });
});
