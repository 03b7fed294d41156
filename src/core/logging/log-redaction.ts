/**
 * Paths pino censors in every log line. Request bodies and headers are never serialised (the
 * `req` serializer keeps id, method and url), but errors are: a TypeORM `QueryFailedError` carries
 * the statement's `parameters` (sample content, emails), PostgreSQL's `detail` repeats the
 * offending key's value, GraphQL errors can carry the request's `variables`, and a caller may log
 * an object with an email or password in it. None of that belongs in a log.
 */
export const LOG_REDACT_PATHS = [
  'err.parameters',
  'err.driverError',
  'err.detail',
  'err.variables',
  'err.originalError',
  'err.cause.parameters',
  'err.cause.detail',
  'req.body',
  'req.headers',
  'email',
  'password',
  'content',
  '*.email',
  '*.password',
  '*.content',
  '*.displayName',
  '*.evidence',
];

export const LOG_CENSOR = '[redacted]';
