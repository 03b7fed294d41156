import fc from 'fast-check';
import {
  breaksHourlyFloor,
  formatMinor,
  impliedHourlyRoundedDown,
  minimumBaseAmount,
  priceSample,
} from './pricing';

/** a/b < c/d for a, c ≥ 0 and b, d > 0, by continued fractions: no cross-multiplication. */
function rationalLess(a: bigint, b: bigint, c: bigint, d: bigint): boolean {
  const qa = a / b;
  const qc = c / d;
  if (qa !== qc) return qa < qc;
  const ra = a % b;
  const rc = c % d;
  if (ra === 0n) return rc !== 0n;
  if (rc === 0n) return false;
  return rationalLess(d, rc, b, ra); // ra/b < rc/d ⇔ d/rc < b/ra
}

const amount = fc.bigInt({ min: 1n, max: 10n ** 12n });
const minutes = fc.integer({ min: 1, max: 10_080 });
const basisPoints = fc.integer({ min: 0, max: 10_000 });
const floor = fc.bigInt({ min: 0n, max: 10n ** 9n });

describe('pricing', () => {
  it('prices a sample exactly', () => {
    expect(priceSample(2000n, 30, 2000)).toEqual({
      pricePerSample: 2000n,
      platformFee: 400n,
      requesterCost: 2400n,
      estimatedMinutes: 30,
      effectiveHourly: 4000n,
    });
    // 1234 × 20 % = 246.8 → 247; 1234 × 60 / 45 = 1645.33… → 1645
    expect(priceSample(1234n, 45, 2000)).toMatchObject({
      platformFee: 247n,
      requesterCost: 1481n,
      effectiveHourly: 1645n,
    });
    // JPY has no minor unit: ¥1001 × 20 % = 200.2 → 200; 1001 × 60 / 8 = 7507.5 → 7508
    expect(priceSample(1001n, 8, 2000)).toMatchObject({
      platformFee: 200n,
      requesterCost: 1201n,
      effectiveHourly: 7508n,
    });
    expect(priceSample(1n, 1, 5000).platformFee).toBe(1n); // 0.5 rounds up
    expect(priceSample(1n, 1, 4999).platformFee).toBe(0n);
    expect(priceSample(500n, 10, 0).requesterCost).toBe(500n);
  });

  it('refuses nonsense instead of pricing it', () => {
    expect(() => priceSample(0n, 30, 2000)).toThrow(RangeError);
    expect(() => priceSample(100n, 0, 2000)).toThrow(RangeError);
    expect(() => priceSample(100n, 1.5, 2000)).toThrow(RangeError);
    expect(() => priceSample(100n, 30, 10_001)).toThrow(RangeError);
    expect(() => priceSample(100n, 30, -1)).toThrow(RangeError);
  });

  it('keeps the fee within half a minor unit of the exact fee, and cost = price + fee', () => {
    fc.assert(
      fc.property(amount, minutes, basisPoints, (base, mins, bp) => {
        const p = priceSample(base, mins, bp);
        // |fee − base × bp / 10000| ≤ 1/2  ⇔  |20000 × fee − 2 × base × bp| ≤ 10000
        const error = 20_000n * p.platformFee - 2n * base * BigInt(bp);
        const hourlyError = 2n * BigInt(mins) * p.effectiveHourly - 2n * 60n * base;
        return (
          error >= -10_000n &&
          error <= 10_000n &&
          p.requesterCost === p.pricePerSample + p.platformFee &&
          p.pricePerSample === base &&
          hourlyError >= -BigInt(mins) &&
          hourlyError <= BigInt(mins)
        );
      }),
    );
  });

  it('rounds exact halves of the fee up', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), (k) => {
        // (2k + 1) × 5000 bp = k + 0.5 exactly
        return priceSample(2n * k + 1n, 1, 5000).platformFee === k + 1n;
      }),
    );
  });

  it('agrees with an exact rational comparison on the hourly floor', () => {
    fc.assert(
      fc.property(amount, minutes, floor, (base, mins, f) => {
        const below = breaksHourlyFloor(base, mins, f);
        // the row's hourly rate base × 60 / minutes against the floor f / 1
        expect(below).toBe(rationalLess(base * 60n, BigInt(mins), f, 1n));
        expect(below).toBe(base < minimumBaseAmount(f, mins));
        if (below) expect(impliedHourlyRoundedDown(base, mins)).toBeLessThan(f);
      }),
    );
  });

  it('treats a row exactly at the floor as meeting it', () => {
    expect(breaksHourlyFloor(375n, 15, 1500n)).toBe(false); // 15.00/h exactly
    expect(breaksHourlyFloor(374n, 15, 1500n)).toBe(true);
    expect(minimumBaseAmount(1500n, 15)).toBe(375n);
    expect(minimumBaseAmount(1500n, 7)).toBe(175n); // 175 exactly
    expect(minimumBaseAmount(1000n, 7)).toBe(117n); // 116.67 → 117
    expect(breaksHourlyFloor(1n, 10_080, 0n)).toBe(false);
  });

  it('formats minor units in the currency’s major unit', () => {
    expect(formatMinor(1234n, 'USD')).toBe('12.34 USD');
    expect(formatMinor(5n, 'EUR')).toBe('0.05 EUR');
    expect(formatMinor(1500n, 'JPY')).toBe('1500 JPY');
    expect(formatMinor(1500n, 'KWD')).toBe('1.500 KWD');
    expect(formatMinor(-7n, 'USD')).toBe('-0.07 USD');
  });
});
