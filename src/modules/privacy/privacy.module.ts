import { Module } from '@nestjs/common';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';

export { MAX_SCAN_LENGTH } from './privacy.errors';
export { PrivacyService, SCANNER_VERSION, typesFound } from './privacy.service';
export { PiiFindingModel, PiiTypeEnum } from './dto/pii-scan.model';
export type { PiiFinding, PiiScanResult, PiiType } from './scanner';

/** The personal-data scan. Other modules use PrivacyService.scan and typesFound. */
@Module({
  providers: [PrivacyService, PrivacyResolver],
  exports: [PrivacyService],
})
export class PrivacyModule {}
export { TARGETS as SCANNER_QUALITY_GATE } from './scanner/evaluate';
