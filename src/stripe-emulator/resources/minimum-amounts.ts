import { invalidRequest } from '../core/errors';

/** Stripe's minimum charge amounts in minor units (https://docs.stripe.com/currencies#minimum-and-maximum-charge-amounts);
 * currencies not listed here accept 1. */
const MINIMUM: Record<string, number> = {
  usd: 50,
  aud: 50,
  brl: 50,
  cad: 50,
  chf: 50,
  eur: 50,
  inr: 50,
  nzd: 50,
  sgd: 50,
  gbp: 30,
  jpy: 50,
  dkk: 250,
  nok: 300,
  sek: 300,
  pln: 200,
  hkd: 400,
  mxn: 1000,
};

/** Stripe's ceiling for a single charge: eight digits in the minor unit. */
const MAXIMUM = 99_999_999;

export function checkChargeAmount(amount: number, currency: string): void {
  const min = MINIMUM[currency] ?? 1;
  if (amount < min) {
    throw invalidRequest(`Amount must be at least ${min} ${currency} (minor units)`, {
      code: 'amount_too_small',
      param: 'amount',
    });
  }
  if (amount > MAXIMUM) {
    throw invalidRequest(`Amount must be no more than ${MAXIMUM} ${currency} (minor units)`, {
      code: 'amount_too_large',
      param: 'amount',
    });
  }
}
