/**
 * The smallest amount the processor charges, in minor units, per currency (Stripe's published
 * table; currencies absent from it accept any positive amount). A charge below it is refused.
 */
const MINIMUM_CHARGE = new Map<string, bigint>([
  ...['USD', 'AUD', 'BRL', 'CAD', 'CHF', 'EUR', 'INR', 'NZD', 'SGD', 'JPY'].map((c) => [c, 50n] as const),
  ['GBP', 30n],
  ['DKK', 250n],
  ['NOK', 300n],
  ['SEK', 300n],
  ['PLN', 200n],
  ['HKD', 400n],
  ['MXN', 1000n],
]);

export function minimumCharge(currency: string): bigint {
  return MINIMUM_CHARGE.get(currency.toUpperCase()) ?? 1n;
}
