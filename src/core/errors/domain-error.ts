/** The error codes of the public contract (extensions.code). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

/**
 * A refusal the caller can act on: a contract code, a stable UPPER_SNAKE reason and a message
 * written for people. Modules throw subclasses of it; one formatter maps them to GraphQL.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadInputError extends DomainError {
  constructor(reason: string, message: string, details?: Record<string, unknown>) {
    super('BAD_USER_INPUT', reason, message, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id?: string) {
    super(
      'NOT_FOUND',
      `${what.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_NOT_FOUND`,
      `${what} not found`,
      id ? { id } : undefined,
    );
  }
}

export class ConflictError extends DomainError {
  constructor(reason: string, message: string, details?: Record<string, unknown>) {
    super('CONFLICT', reason, message, details);
  }
}

export class ForbiddenError extends DomainError {
  constructor(reason: string, message: string) {
    super('FORBIDDEN', reason, message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(reason = 'INVALID_TOKEN', message = 'Sign in first: a valid bearer token is required') {
    super('UNAUTHENTICATED', reason, message);
  }
}

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', 'TOO_MANY_REQUESTS', `Too many attempts; retry in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    });
  }
}
