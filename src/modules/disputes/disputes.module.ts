import { Module } from '@nestjs/common';
import { SubmissionsModule } from '../submissions/submissions.module';
import { DisputesResolver } from './disputes.resolver';
import { DisputesService } from './disputes.service';

/** Appeals of rejections: opened by contractors, decided by admins or, after 7 days, upheld. */
@Module({
  imports: [SubmissionsModule],
  providers: [DisputesService, DisputesResolver],
  exports: [DisputesService],
})
export class DisputesModule {}

export { DisputesService, DISPUTE_AUTO_UPHOLD_JOB, DISPUTE_AUTO_UPHOLD_SWEEP } from './disputes.service';
