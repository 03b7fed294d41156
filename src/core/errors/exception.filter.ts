import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError, ErrorCode } from './domain-error';

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * GraphQL: hands every error to Apollo untouched, so the one formatter (format-error.ts) decides
 * what the client sees and Nest does not log expected refusals as crashes.
 * HTTP routes: domain errors become JSON with the same code and reason; the rest is Nest's default.
 */
@Catch()
export class AppExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('Errors');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    if (exception instanceof DomainError) {
      const reply = host.switchToHttp().getResponse<{ status(n: number): { send(b: unknown): void } }>();
      reply
        .status(HTTP_STATUS[exception.code])
        .send({ error: { code: exception.code, reason: exception.reason, message: exception.message } });
      return undefined;
    }
    if (!(exception instanceof HttpException)) this.logger.error(exception);
    return super.catch(exception, host);
  }
}
