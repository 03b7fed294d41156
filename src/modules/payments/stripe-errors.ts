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
