import { Global, Module } from '@nestjs/common';
import { JobsResolver } from './jobs.resolver';
import { JobsService } from './jobs.service';

/** Background jobs on the application's database; every module may enqueue and handle them. */
@Global()
@Module({
  providers: [JobsService, JobsResolver],
  exports: [JobsService],
})
export class JobsModule {}

export { JobsService } from './jobs.service';
export type { EnqueueOptions, JobHandlerOptions } from './jobs.service';
