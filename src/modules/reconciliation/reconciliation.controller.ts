import { Controller, Get, Header, Query } from '@nestjs/common';
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
  constructor(private readonly reconciliation: ReconciliationService) {}

  /** The report as CSV for spreadsheets: one mismatch per row, then the matched count. */
  @Roles(Role.FINANCE, Role.ADMIN)
  @Get('reconciliation.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="reconciliation.csv"')
  async csv(@Query('from') from?: string, @Query('to') to?: string): Promise<string> {
    const args = plainToInstance(ReconciliationArgs, { from, to });
    const [error] = validateSync(args);
    if (error || Number.isNaN(args.from?.getTime()) || Number.isNaN(args.to?.getTime()))
      throw new BadInputError('INVALID_WINDOW', 'from and to must be ISO 8601 date-times', {
        field: error?.property ?? 'from',
      });
    return reportToCsv(await this.reconciliation.reconcile(args.from, args.to));
  }
}
