import { Controller, Get, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Roles } from '../../core/auth/decorators';
import { Role } from '../../core/auth/roles';
import { BadInputError } from '../../core/errors/domain-error';
import { reportToCsv } from './csv';
import { ReconciliationArgs } from './dto/reconciliation.model';
import { ReconciliationService } from './reconciliation.service';

@Controller('finance')
export class ReconciliationController {
  constructor(private readonly service: ReconciliationService) {}

  /** The report as CSV for spreadsheets: one mismatch per row, then the matched count. */
  @Roles(Role.FINANCE, Role.ADMIN)
  @Get('reconciliation.csv')
  async csv(
    @Res() reply: FastifyReply,
    @Query('from') from?: string,
    @Query('to') to?: string,
  ): Promise<void> {
    const args = plainToInstance(ReconciliationArgs, { from, to });
    const [error] = validateSync(args);
    if (error || Number.isNaN(args.from?.getTime()) || Number.isNaN(args.to?.getTime()))
      throw new BadInputError('INVALID_WINDOW', 'from and to must be ISO 8601 date-times', {
        field: error?.property ?? 'from',
      });
    const csv = reportToCsv(await this.service.reconcile(args.from, args.to));
    // Headers set only on success: an error answers in JSON.
    await reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="reconciliation.csv"')
      .send(csv);
  }
}
