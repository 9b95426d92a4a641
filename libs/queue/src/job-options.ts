import { JobsOptions } from 'bullmq';

/** Transient failures (a lost connection, a deadlock) get five tries over about a minute. */
export const MATCH_JOB_ATTEMPTS = 5;
export const MATCH_JOB_BACKOFF_MS = 2_000;
/** Keep enough finished jobs to see what happened, bounded so Redis does not grow forever. */
export const KEEP_COMPLETED_JOBS = { count: 1_000, age: 24 * 3600 };
export const KEEP_FAILED_JOBS = { count: 5_000, age: 7 * 24 * 3600 };

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: MATCH_JOB_ATTEMPTS,
  backoff: { type: 'exponential', delay: MATCH_JOB_BACKOFF_MS },
  removeOnComplete: KEEP_COMPLETED_JOBS,
  removeOnFail: KEEP_FAILED_JOBS,
};

/** A job that died with its worker is taken up again; after this many stalls it fails. */
export const MAX_STALLED_COUNT = 3;
/** How long a worker may hold a job without renewing its lock before another worker takes it. */
export const JOB_LOCK_DURATION_MS = 30_000;

/** Thrown by a handler when retrying cannot help (the vacancy is gone): logged, not retried. */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}
