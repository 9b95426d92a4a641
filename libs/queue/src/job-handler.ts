import { SetMetadata } from '@nestjs/common';
import { JobName, JobPayload } from './queue-names';

export const JOB_HANDLER_METADATA = 'wt:job-handler';

export interface JobContext {
  jobId: string;
  attempt: number;
  /** Reports progress (0-100, or an object) where an operator can see it. */
  progress(value: number | object): Promise<void>;
}

export interface JobHandler<N extends JobName> {
  handle(payload: JobPayload<N>, context: JobContext): Promise<unknown>;
}

/** Marks a provider as the handler of one job name; the dispatcher finds it at boot. */
export const HandlesJob = (name: JobName) => SetMetadata(JOB_HANDLER_METADATA, name);
