import { Injectable } from '@nestjs/common';
import { inProcessQueue } from './in-process-queue';
import { JobProducer } from './job-producer';
import { JobName, JobPayload } from './queue-names';

@Injectable()
export class InProcessJobProducer extends JobProducer {
  readonly mode = 'in-process' as const;

  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>): Promise<string> {
    return inProcessQueue().add(name, payload);
  }

  async retry<N extends JobName>(jobId: string, name: N, payload: JobPayload<N>): Promise<void> {
    await inProcessQueue().retry(jobId, name, payload);
  }

  async discard(jobIds: readonly string[]): Promise<number> {
    return inProcessQueue().discard(jobIds);
  }

  async isReady(): Promise<boolean> {
    return true;
  }
}
