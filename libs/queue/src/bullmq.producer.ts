import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobProducer } from './job-producer';
import { jobIdFor, JobName, JobPayload, MATCHING_QUEUE } from './queue-names';

@Injectable()
export class BullJobProducer extends JobProducer {
  readonly mode = 'bullmq' as const;

  constructor(@InjectQueue(MATCHING_QUEUE) private readonly queue: Queue) {
    super();
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>): Promise<string> {
    const jobId = jobIdFor(name, payload);
    await this.queue.add(name, payload, { jobId });
    return jobId;
  }

  async isReady(): Promise<boolean> {
    // A round trip to Redis; the health check bounds how long it may take.
    await this.queue.getJobCounts('wait');
    return true;
  }
}
