import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobProducer } from './job-producer';
import { jobIdFor, JobName, JobPayload, MATCHING_QUEUE } from './queue-names';

@Injectable()
export class BullJobProducer extends JobProducer {
  readonly mode = 'bullmq' as const;

  private readonly logger = new Logger(BullJobProducer.name);
  private lastErrorLog = 0;

  constructor(@InjectQueue(MATCHING_QUEUE) private readonly queue: Queue) {
    super();
    // Without a listener an 'error' event (Redis unreachable) would end the process; readiness
    // reports the outage instead, and the log says so at most once a minute.
    this.queue.on('error', (error) => {
      if (Date.now() - this.lastErrorLog < 60_000) return;
      this.lastErrorLog = Date.now();
      this.logger.warn(`Queue connection problem: ${error.message}`);
    });
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>): Promise<string> {
    const jobId = jobIdFor(name, payload);
    await this.queue.add(name, payload, { jobId });
    return jobId;
  }

  async retry<N extends JobName>(jobId: string, name: N, payload: JobPayload<N>): Promise<void> {
    const job = await this.queue.getJob(jobId);
    if (job && (await job.isFailed())) await job.retry('failed');
    // Removed from Redis meanwhile (`removeOnFail`): the same id is free again.
    else if (!job) await this.queue.add(name, payload, { jobId });
  }

  async discard(jobIds: readonly string[]): Promise<number> {
    // `remove` refuses a job a worker holds the lock of (0), and a missing one is 1 or 0 alike.
    const removed = await Promise.all(jobIds.map((id) => this.queue.remove(id)));
    return removed.filter((n) => n === 1).length;
  }

  async isReady(): Promise<boolean> {
    // A round trip to Redis; the health check bounds how long it may take.
    await this.queue.getJobCounts('wait');
    return true;
  }
}
