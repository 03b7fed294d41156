import { Field, ObjectType } from '@nestjs/graphql';
import { SafeIntResolver } from 'graphql-scalars';

/** An amount of integer minor units in an ISO 4217 currency. Never a float. */
export interface Money {
  amountMinor: bigint;
  currency: string;
}

@ObjectType('Money')
export class MoneyModel {
  @Field(() => SafeIntResolver) amountMinor: number;
  @Field() currency: string;

  /** At the GraphQL edge amounts become numbers; beyond ±(2^53−1) that would lose cents. */
  static of(m: Money): MoneyModel {
    return { amountMinor: toSafeNumber(m.amountMinor), currency: m.currency };
  }
}

export function toSafeNumber(v: bigint): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER))
    throw new RangeError(`amount ${v} exceeds the safe integer range`);
  return Number(v);
}

/** Rounds numerator/denominator half away from zero, exactly, in integers. */
export function divRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const sign = numerator < 0n ? -1n : 1n;
  const n = numerator * sign;
  return (sign * (2n * n + denominator)) / (2n * denominator);
}

/** Basis points of an amount (2000 bp = 20 %), rounded half-up to the minor unit. */
export function basisPointsOf(amount: bigint, basisPoints: number): bigint {
  return divRoundHalfUp(amount * BigInt(basisPoints), 10_000n);
}
