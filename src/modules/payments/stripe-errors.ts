import Stripe from 'stripe';
import { DomainError } from '../../core/errors/domain-error';

/** A processor refusal the caller can read, e.g. a declined card. */
export class PaymentDeclinedError extends DomainError {
  constructor(
    readonly declineCode: string,
    message: string,
  ) {
    super('CONFLICT', 'PAYMENT_DECLINED', message, { declineCode });
  }
}

/**
 * The one place Stripe errors become Fairsample errors: card problems are the caller's to fix,
 * our own bad requests and outages are internal (logged, never shown verbatim).
 */
export function translateStripeError(error: unknown): DomainError | Error {
  if (!(error instanceof Stripe.errors.StripeError))
    return error instanceof Error ? error : new Error(String(error));
  if (error instanceof Stripe.errors.StripeCardError) {
    const code = error.decline_code ?? error.code ?? 'card_declined';
    return new PaymentDeclinedError(code, `The payment was declined: ${error.message}`);
  }
  if (error instanceof Stripe.errors.StripeRateLimitError)
    return new DomainError(
      'RATE_LIMITED',
      'PROCESSOR_RATE_LIMITED',
      'The payment processor is busy; retry shortly',
    );
  if (error instanceof Stripe.errors.StripeConnectionError || error instanceof Stripe.errors.StripeAPIError)
    return new DomainError(
      'INTERNAL_SERVER_ERROR',
      'PROCESSOR_UNAVAILABLE',
      'The payment processor could not be reached',
    );
  return new Error(`Stripe ${error.type}: ${error.code ?? ''} ${error.message}`);
}

/**
 * What a failed processor call means for the money behind it:
 * - `declined`: the card said no — final, the payer may try another card;
 * - `refused`: the request itself can never succeed (unknown payment method, amount under the
 *   processor's minimum, any other invalid request) — final, retrying would fail the same way;
 * - `transient`: an outage, a timeout, a rate limit — the outcome is unknown or may change, so the
 *   call is retried (same idempotency key) or the processor is asked later.
 */
export type ProcessorFailure =
  | { kind: 'declined'; code: string; reason: string; intentId: string | null }
  | { kind: 'refused'; code: string; reason: string; intentId: string | null }
  | { kind: 'transient'; error: Error };

export function classifyProcessorError(error: unknown): ProcessorFailure {
  const translated = translateStripeError(error);
  if (translated instanceof PaymentDeclinedError)
    return {
      kind: 'declined',
      code: translated.declineCode,
      reason: translated.message,
      intentId: (error as Stripe.errors.StripeCardError).payment_intent?.id ?? null,
    };
  if (error instanceof Stripe.errors.StripeInvalidRequestError) {
    const code = error.code ?? 'invalid_request';
    return {
      kind: 'refused',
      code,
      reason: REFUSAL_REASONS[code]?.(error) ?? `The payment processor refused the request: ${error.message}`,
      intentId: error.payment_intent?.id ?? null,
    };
  }
  return { kind: 'transient', error: translated };
}

const REFUSAL_REASONS: Record<string, (e: Stripe.errors.StripeInvalidRequestError) => string> = {
  resource_missing: (e) =>
    e.param === 'payment_method'
      ? 'The payment method does not exist; use another card'
      : `The payment processor does not know ${e.param ?? 'an object of this payment'}`,
  amount_too_small: () => "The amount is below the payment processor's minimum charge",
  amount_too_large: () => "The amount is above the payment processor's maximum charge",
};
