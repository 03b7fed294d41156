import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProfessionsModule } from '../professions/professions.module';
import { RateRowEntity } from './entities/rate-row.entity';
import { RateTableEntity } from './entities/rate-table.entity';
import { RatePublishingService } from './rate-publishing.service';
import { RatesResolver } from './rates.resolver';
import { RatesService } from './rates.service';

export { RatesService } from './rates.service';
export type { Quote, QuoteRequest, RateTableInfo } from './rates.service';

/** Published rate tables and quotes. Other modules use RatesService (quote, currentTableOrThrow). */
@Module({
  imports: [TypeOrmModule.forFeature([RateTableEntity, RateRowEntity]), ProfessionsModule],
  providers: [RatesService, RatePublishingService, RatesResolver],
  exports: [RatesService],
})
export class RatesModule {}
