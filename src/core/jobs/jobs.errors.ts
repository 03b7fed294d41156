import { ConflictError, NotFoundError } from '../errors/domain-error';

export const jobNotFound = (id: string) => new NotFoundError('Job', id);

export const jobNotFailed = (state: string) =>
  new ConflictError('JOB_NOT_FAILED', `Only a failed job can be retried; this one is ${state}`, { state });
