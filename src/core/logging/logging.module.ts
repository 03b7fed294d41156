import { Module } from '@nestjs/common';
import { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { LOG_CENSOR, LOG_REDACT_PATHS } from './log-redaction';

/**
 * Structured JSON logs (pino) with a request id on every line; pretty in development; to a file
 * when LOG_FILE is set. Personal data never reaches them: requests are logged without bodies or
 * headers, and error fields that echo values are censored (log-redaction.ts).
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const options = {
          level: config.logLevel,
          redact: { paths: LOG_REDACT_PATHS, censor: LOG_CENSOR },
          // Fastify assigns the id (x-request-id or a UUID); pino-http reuses it on every line.
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url,
            }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          customLogLevel: (_req: IncomingMessage, res: { statusCode: number }, err?: Error) =>
            err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
          autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
        } as const;
        if (config.logFile)
          return { pinoHttp: [options, pino.destination({ dest: config.logFile, mkdir: true, sync: true })] };
        return {
          pinoHttp: {
            ...options,
            transport: config.logPretty
              ? { target: 'pino-pretty', options: { singleLine: true } }
              : undefined,
          },
        };
      },
    }),
  ],
})
export class LoggingModule {}
