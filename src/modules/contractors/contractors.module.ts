import { Module } from '@nestjs/common';
import { ProfessionsModule } from '../professions/professions.module';
import { ContractorsResolver } from './contractors.resolver';
import { ContractorsService } from './contractors.service';
import { PseudonymsService } from './pseudonyms.service';
import { QualificationsResolver } from './qualifications.resolver';
import { QualificationsService } from './qualifications.service';

/** Contractor profiles, qualifications and the pseudonyms requesters know contractors by. */
@Module({
  imports: [ProfessionsModule],
  providers: [
    ContractorsService,
    QualificationsService,
    PseudonymsService,
    ContractorsResolver,
    QualificationsResolver,
  ],
  exports: [ContractorsService, QualificationsService, PseudonymsService],
})
export class ContractorsModule {}

export { ContractorsService } from './contractors.service';
export { QualificationsService } from './qualifications.service';
export { PseudonymsService } from './pseudonyms.service';
