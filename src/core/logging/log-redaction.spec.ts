import { Writable } from 'node:stream';
import pino from 'pino';
import { QueryFailedError } from 'typeorm';
import { LOG_CENSOR, LOG_REDACT_PATHS } from './log-redaction';

function capture(): { logger: pino.Logger; text: () => string } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const logger = pino({ level: 'trace', redact: { paths: LOG_REDACT_PATHS, censor: LOG_CENSOR } }, sink);
  return { logger, text: () => chunks.join('') };
}

describe('log redaction', () => {
  const canary = 'zqcanary-log-0001';

  it('censors the values a failed query carries', () => {
    const { logger, text } = capture();
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      detail: `Key (email)=(${canary}@example.com) already exists.`,
    });
    const err = new QueryFailedError(
      'INSERT INTO users (email) VALUES ($1)',
      [`${canary}@example.com`],
      driverError,
    );
    logger.error({ err }, 'unexpected');
    expect(text()).toContain('duplicate key value');
    expect(text()).toContain(LOG_CENSOR);
    expect(text()).not.toContain(canary);
  });

  it('censors emails, passwords and content at the top level and one level down', () => {
    const { logger, text } = capture();
    logger.info({ email: `${canary}@example.com`, input: { password: canary, content: canary } }, 'x');
    logger.warn({ user: { email: canary, displayName: canary }, q: { evidence: canary } }, 'y');
    expect(text().split('\n').filter(Boolean)).toHaveLength(2);
    expect(text()).not.toContain(canary);
  });
});
