import { currencyExponent } from '../../core/money/currencies';
import { basisPointsOf, divRoundHalfUp } from '../../core/money/money';

/**
 * Pure pricing arithmetic, in integer minor units only. A rate row already prices one tier, so
 * the tier multiplier is 1; there is no experience premium yet (a task is priced before anyone
 * claims it, so the contributor's experience is unknown). Both would slot in before the fee.
 */
const MINUTES_PER_HOUR = 60n;
export const MAX_BASIS_POINTS = 10_000;

export interface PriceBreakdown {
  /** What the contractor is paid for one accepted sample. */
  pricePerSample: bigint;
  /** Charged to the requester on top of the price, half-up to the minor unit. */
  platformFee: bigint;
  requesterCost: bigint;
  estimatedMinutes: number;
  /** pricePerSample per hour of estimated effort, half-up to the minor unit. */
  effectiveHourly: bigint;
}

export function priceSample(
  baseAmountMinor: bigint,
  estimatedMinutes: number,
  platformFeeBasisPoints: number,
): PriceBreakdown {
  if (baseAmountMinor <= 0n) throw new RangeError('baseAmountMinor must be positive');
  assertMinutes(estimatedMinutes);
  if (
    !Number.isSafeInteger(platformFeeBasisPoints) ||
    platformFeeBasisPoints < 0 ||
    platformFeeBasisPoints > MAX_BASIS_POINTS
  )
    throw new RangeError('platformFeeBasisPoints must be an integer in 0…10000');
  const pricePerSample = baseAmountMinor; // × tier multiplier 1, + experience premium 0
  const platformFee = basisPointsOf(pricePerSample, platformFeeBasisPoints);
  return {
    pricePerSample,
    platformFee,
    requesterCost: pricePerSample + platformFee,
    estimatedMinutes,
    effectiveHourly: divRoundHalfUp(pricePerSample * MINUTES_PER_HOUR, BigInt(estimatedMinutes)),
  };
}

/**
 * Does a row pay less than the floor for its effort? base/minutes < floor/60, compared
 * exactly by cross-multiplying: no rounding can let a row that is a fraction short pass.
 */
export function breaksHourlyFloor(
  baseAmountMinor: bigint,
  estimatedMinutes: number,
  hourlyFloorMinor: bigint,
): boolean {
  assertMinutes(estimatedMinutes);
  return baseAmountMinor * MINUTES_PER_HOUR < hourlyFloorMinor * BigInt(estimatedMinutes);
}

/** The smallest base amount that meets the floor: ⌈floor × minutes / 60⌉. */
export function minimumBaseAmount(hourlyFloorMinor: bigint, estimatedMinutes: number): bigint {
  assertMinutes(estimatedMinutes);
  const n = hourlyFloorMinor * BigInt(estimatedMinutes);
  return (n + MINUTES_PER_HOUR - 1n) / MINUTES_PER_HOUR;
}

/**
 * The hourly rate a row implies, rounded down: shown in refusals, where rounding up could
 * print a rate equal to the floor for a row that is below it.
 */
export function impliedHourlyRoundedDown(baseAmountMinor: bigint, estimatedMinutes: number): bigint {
  assertMinutes(estimatedMinutes);
  return (baseAmountMinor * MINUTES_PER_HOUR) / BigInt(estimatedMinutes);
}

/** "12.34 USD", "1500 JPY", "1.500 KWD": minor units shown in the major unit, no floats. */
export function formatMinor(amountMinor: bigint, currency: string): string {
  const exponent = currencyExponent(currency);
  const negative = amountMinor < 0n;
  const digits = (negative ? -amountMinor : amountMinor).toString().padStart(exponent + 1, '0');
  const major = exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
  return `${negative ? '-' : ''}${major} ${currency}`;
}

function assertMinutes(estimatedMinutes: number): void {
  if (!Number.isSafeInteger(estimatedMinutes) || estimatedMinutes <= 0)
    throw new RangeError('estimatedMinutes must be a positive integer');
}
