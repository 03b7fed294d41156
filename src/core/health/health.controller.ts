import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from '../auth/decorators';

@Controller('health')
export class HealthController {
  constructor(private readonly db: DataSource) {}

  /** 200 once the database answers; 503 otherwise (for load balancers and `docker compose`). */
  @Public()
  @Get()
  async check(): Promise<{ status: 'ok' }> {
    try {
      await this.db.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', reason: 'DATABASE_UNREACHABLE' });
    }
    return { status: 'ok' };
  }
}
