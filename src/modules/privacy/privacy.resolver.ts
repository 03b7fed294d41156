import { Args, Query, Resolver } from '@nestjs/graphql';
import { PiiScanModel } from './dto/pii-scan.model';
import { ScanTextArgs } from './dto/scan-text.args';
import { PrivacyService } from './privacy.service';

/** Any signed-in user (the global guard): contractors check a sample before submitting it. */
@Resolver(() => PiiScanModel)
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Query(() => PiiScanModel, {
    description: 'Finds personal data in a text and returns it redacted, as requesters would see it',
  })
  scanText(@Args() args: ScanTextArgs): PiiScanModel {
    return PiiScanModel.from(this.privacy.scan(args.text));
  }
}
