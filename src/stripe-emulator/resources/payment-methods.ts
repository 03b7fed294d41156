import { resourceMissing } from '../core/errors';

/**
 * Stripe's test PaymentMethods. `pm_card_chargeDeclined*` decline the way Stripe's test cards do;
 * every other `pm_card_*` id succeeds (brand and last4 from the table when known, a Visa
 * otherwise). Any other id is an unknown PaymentMethod.
 */
export interface CardDetails {
  brand: string;
  last4: string;
  country: string;
  funding: 'credit' | 'debit' | 'prepaid';
}

export interface Decline {
  code: string;
  decline_code: string;
  message: string;
}

const CARDS: Record<string, CardDetails> = {
  pm_card_visa: { brand: 'visa', last4: '4242', country: 'US', funding: 'credit' },
  pm_card_visa_debit: { brand: 'visa', last4: '5556', country: 'US', funding: 'debit' },
  pm_card_mastercard: { brand: 'mastercard', last4: '4444', country: 'US', funding: 'credit' },
  pm_card_mastercard_debit: { brand: 'mastercard', last4: '8210', country: 'US', funding: 'debit' },
  pm_card_mastercard_prepaid: { brand: 'mastercard', last4: '5100', country: 'US', funding: 'prepaid' },
  pm_card_amex: { brand: 'amex', last4: '8431', country: 'US', funding: 'credit' },
  pm_card_discover: { brand: 'discover', last4: '1117', country: 'US', funding: 'credit' },
  pm_card_jcb: { brand: 'jcb', last4: '0505', country: 'JP', funding: 'credit' },
  pm_card_gb: { brand: 'visa', last4: '0002', country: 'GB', funding: 'credit' },
  pm_card_de: { brand: 'visa', last4: '0016', country: 'DE', funding: 'credit' },
  pm_card_fr: { brand: 'visa', last4: '0003', country: 'FR', funding: 'credit' },
  pm_card_bypassPending: { brand: 'visa', last4: '0077', country: 'US', funding: 'credit' },
};

const DECLINES: Record<string, Decline> = {
  pm_card_chargeDeclined: {
    code: 'card_declined',
    decline_code: 'generic_decline',
    message: 'Your card was declined.',
  },
  pm_card_chargeDeclinedInsufficientFunds: {
    code: 'card_declined',
    decline_code: 'insufficient_funds',
    message: 'Your card has insufficient funds.',
  },
  pm_card_chargeDeclinedLostCard: {
    code: 'card_declined',
    decline_code: 'lost_card',
    message: 'Your card was declined.',
  },
  pm_card_chargeDeclinedStolenCard: {
    code: 'card_declined',
    decline_code: 'stolen_card',
    message: 'Your card was declined.',
  },
  pm_card_chargeDeclinedFraudulent: {
    code: 'card_declined',
    decline_code: 'fraudulent',
    message: 'Your card was declined.',
  },
  pm_card_chargeDeclinedVelocityLimitExceeded: {
    code: 'card_declined',
    decline_code: 'card_velocity_exceeded',
    message: 'Your card was declined.',
  },
  pm_card_chargeDeclinedExpiredCard: {
    code: 'expired_card',
    decline_code: 'expired_card',
    message: 'Your card has expired.',
  },
  pm_card_chargeDeclinedIncorrectCvc: {
    code: 'incorrect_cvc',
    decline_code: 'incorrect_cvc',
    message: "Your card's security code is incorrect.",
  },
  pm_card_chargeDeclinedProcessingError: {
    code: 'processing_error',
    decline_code: 'processing_error',
    message: 'An error occurred while processing your card. Try again in a little bit.',
  },
};

export interface TestPaymentMethod {
  id: string;
  card: CardDetails;
  decline: Decline | null;
}

export function testPaymentMethodOrThrow(id: string, param = 'payment_method'): TestPaymentMethod {
  if (!id.startsWith('pm_card_')) throw resourceMissing('PaymentMethod', id, param);
  const decline = DECLINES[id] ?? null;
  const card = CARDS[id] ?? {
    brand: 'visa',
    last4: decline ? '0002' : '4242',
    country: 'US',
    funding: 'credit',
  };
  return { id, card, decline };
}

/** The PaymentMethod object Stripe embeds in card errors. */
export function paymentMethodObject(pm: TestPaymentMethod, created: number, customer: string | null): object {
  return {
    id: pm.id,
    object: 'payment_method',
    billing_details: {
      address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null },
      email: null,
      name: null,
      phone: null,
    },
    card: {
      brand: pm.card.brand,
      country: pm.card.country,
      exp_month: 12,
      exp_year: new Date(created * 1000).getUTCFullYear() + 3,
      funding: pm.card.funding,
      last4: pm.card.last4,
    },
    created,
    customer,
    livemode: false,
    metadata: {},
    type: 'card',
  };
}
