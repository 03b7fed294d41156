import { HttpException } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from '../errors/domain-error';

const CONTRACT_CODES = new Set<ErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
]);

/** Apollo's own codes for documents it refuses before execution: all the caller's fault. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Prefix of the messages of the query limits (graphql-armor), see graphql.module.ts. */
export const LIMIT_PREFIX = 'Query refused:';

const isLimitMessage = (m: string) => m.includes(LIMIT_PREFIX) || /contains more tha[nt] \d+ tokens/.test(m);

export interface FieldProblem {
  field: string;
  problems: string[];
}

/** Thrown by the validation pipe: carries per-field messages to the formatter. */
export class InputValidationError extends DomainError {
  constructor(readonly fields: FieldProblem[]) {
    super(
      'BAD_USER_INPUT',
      'INVALID_INPUT',
      fields.map((f) => `${f.field}: ${f.problems.join('; ')}`).join(' | '),
      { fields },
    );
  }
}

/**
 * Maps every error to the contract: a code from its list, a stable reason, a message for people.
 * Anything unexpected is logged with its stack and leaves as a generic INTERNAL_SERVER_ERROR —
 * SQL, stack traces and internal messages never reach a client.
 */
export function makeErrorFormatter(
  logError: (err: unknown, path?: readonly (string | number)[]) => void,
  options: { hideSuggestions?: boolean } = {},
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  const format = formatWith(logError);
  if (!options.hideSuggestions) return format;
  return (formatted, error) => {
    const out = format(formatted, error);
    return { ...out, message: withoutSuggestions(out.message) };
  };
}

/**
 * graphql-js proposes names in several messages ("Did you mean the enum value "EMAIL"?",
 * "Did you mean "email"?"): in production they would let a caller map a schema whose
 * introspection is off, so they are removed.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

function formatWith(
  logError: (err: unknown, path?: readonly (string | number)[]) => void,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof DomainError) {
      return {
        ...base,
        message: original.message,
        extensions: { code: original.code, reason: original.reason, ...(original.details ?? {}) },
      };
    }
    if (original instanceof HttpException) {
      const status = original.getStatus();
      const code: ErrorCode =
        status === 401
          ? 'UNAUTHENTICATED'
          : status === 403
            ? 'FORBIDDEN'
            : status === 404
              ? 'NOT_FOUND'
              : status === 429
                ? 'RATE_LIMITED'
                : status < 500
                  ? 'BAD_USER_INPUT'
                  : 'INTERNAL_SERVER_ERROR';
      if (code === 'INTERNAL_SERVER_ERROR') logError(original, formatted.path);
      return {
        ...base,
        message: code === 'INTERNAL_SERVER_ERROR' ? 'Internal server error' : original.message,
        extensions: { code },
      };
    }
    const ext = formatted.extensions ?? {};
    const apolloCode = typeof ext.code === 'string' ? ext.code : undefined;
    // Refused before execution (parse, validation, limits): no path, and always the caller's fault.
    if (apolloCode && REQUEST_ERROR_CODES.has(apolloCode) && !formatted.path) {
      const reason = isLimitMessage(formatted.message) ? 'QUERY_LIMIT_EXCEEDED' : apolloCode;
      return { ...base, extensions: { code: 'BAD_USER_INPUT', reason } };
    }
    if (apolloCode && CONTRACT_CODES.has(apolloCode as ErrorCode) && apolloCode !== 'INTERNAL_SERVER_ERROR') {
      return { ...base, extensions: { code: apolloCode } };
    }
    // A variable that fails its scalar (e.g. SafeInt out of range) surfaces as a plain GraphQLError.
    if (error instanceof GraphQLError && !error.originalError && !formatted.path) {
      return { ...base, extensions: { code: 'BAD_USER_INPUT', reason: apolloCode ?? 'INVALID_REQUEST' } };
    }
    logError(original, formatted.path);
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
