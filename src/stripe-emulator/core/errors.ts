/** Errors in Stripe's shape: `{error: {type, message, code?, param?, ...}}` with Stripe's HTTP statuses. */
export type StripeErrorType =
  | 'api_error'
  | 'card_error'
  | 'idempotency_error'
  | 'invalid_request_error'
  | 'rate_limit_error'
  | 'authentication_error';

export interface StripeErrorBody {
  type: StripeErrorType;
  message: string;
  code?: string;
  param?: string;
  decline_code?: string;
  doc_url?: string;
  request_log_url?: string;
  charge?: string;
  payment_intent?: unknown;
  payment_method?: unknown;
  advice_code?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
    /** Stripe saves the result of a request that started executing (e.g. a declined card) for
     * idempotent replay, but not a request refused by validation. */
    readonly savedForIdempotency = false,
  ) {
    super(body.message);
  }
}

function docUrl(code: string): string {
  return `https://stripe.com/docs/error-codes/${code.replace(/_/g, '-')}`;
}

export function invalidRequest(
  message: string,
  opts: { code?: string; param?: string; status?: number } = {},
): ApiError {
  const body: StripeErrorBody = { type: 'invalid_request_error', message };
  if (opts.code) {
    body.code = opts.code;
    body.doc_url = docUrl(opts.code);
  }
  if (opts.param) body.param = opts.param;
  return new ApiError(opts.status ?? 400, body);
}

/** `label` is Stripe's name for the thing ("customer", "PaymentMethod", "destination"). A missing id in
 * the path is a 404 with param `id`; a missing object named by a parameter is a 400 on that param. */
export function resourceMissing(label: string, id: string, param = 'id'): ApiError {
  return invalidRequest(`No such ${label}: '${id}'`, {
    code: 'resource_missing',
    param,
    status: param === 'id' ? 404 : 400,
  });
}

export function parameterMissing(param: string): ApiError {
  return invalidRequest(`Missing required param: ${param}.`, { code: 'parameter_missing', param });
}

export function parameterUnknown(param: string): ApiError {
  return invalidRequest(`Received unknown parameter: ${param}`, { code: 'parameter_unknown', param });
}

export function invalidInteger(param: string, value: string): ApiError {
  return invalidRequest(`Invalid integer: ${value}`, { code: 'parameter_invalid_integer', param });
}

export function emptyString(param: string): ApiError {
  return invalidRequest(
    `You passed an empty string for '${param}'. We assume empty values are an attempt to unset a parameter; ` +
      `however '${param}' cannot be unset. You should remove '${param}' from your request or supply a non-empty value.`,
    { code: 'parameter_invalid_empty', param },
  );
}

export function balanceInsufficient(message?: string): ApiError {
  return invalidRequest(
    message ??
      'You have insufficient available funds in your Stripe account. Try adding funds directly to your ' +
        'available balance by creating Charges using the 4000000000000077 test card. ' +
        'See: https://stripe.com/docs/testing#available-balance',
    { code: 'balance_insufficient' },
  );
}

export function idempotencyMismatch(key: string): ApiError {
  return new ApiError(400, {
    type: 'idempotency_error',
    message:
      'Keys for idempotent requests can only be used with the same parameters they were first used with. ' +
      `Try using a key other than '${key}' if you meant to execute a different request.`,
  });
}

/** The error an injected fault answers with: Stripe's shape for the given status. */
export function injectedFault(status: number): ApiError {
  if (status === 429) {
    return new ApiError(429, {
      type: 'rate_limit_error',
      code: 'rate_limit',
      message: 'Too many requests hit the API too quickly (injected fault).',
    });
  }
  if (status >= 500) {
    return new ApiError(status, {
      type: 'api_error',
      message: 'An unknown error occurred while processing your request (injected fault).',
    });
  }
  return new ApiError(status, { type: 'invalid_request_error', message: `Injected fault (${status}).` });
}
