import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RateLimitedError } from '../errors/domain-error';
import { requestOf } from './decorators';

const WINDOW_SECONDS = 60;

/**
 * Fixed one-minute windows per client IP for register/login, counted in PostgreSQL so that
 * every app instance shares the same budget (no extra infrastructure).
 */
@Injectable()
export class AuthRateLimitGuard implements CanActivate {
  private calls = 0;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = requestOf(context);
    const bucket = `auth:${req.ip}`;
    const rows: { hits: number; retry: number }[] = await this.db.query(
      `INSERT INTO auth_rate_limits (bucket, window_start, hits)
       VALUES ($1, to_timestamp(floor(extract(epoch FROM now()) / $2) * $2), 1)
       ON CONFLICT (bucket, window_start) DO UPDATE SET hits = auth_rate_limits.hits + 1
       RETURNING hits, ceil(extract(epoch FROM (window_start + make_interval(secs => $2)) - now()))::int AS retry`,
      [bucket, WINDOW_SECONDS],
    );
    if (++this.calls % 500 === 0) {
      await this.db.query(`DELETE FROM auth_rate_limits WHERE window_start < now() - interval '1 hour'`);
    }
    const { hits, retry } = rows[0];
    if (hits > this.config.authRateLimitPerMinute) throw new RateLimitedError(Math.max(1, retry));
    return true;
  }
}
