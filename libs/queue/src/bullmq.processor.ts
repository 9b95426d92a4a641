import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@wt/config';
import { Job, UnrecoverableError } from 'bullmq';
import { hostname } from 'node:os';
import { FailedJobStore } from './failed-jobs';
import { JobDispatcher } from './job-dispatcher';
import { JOB_LOCK_DURATION_MS, MAX_STALLED_COUNT, PermanentJobError } from './job-options';
import { JobName, MATCHING_QUEUE } from './queue-names';

/** The BullMQ side of the worker: takes jobs from Redis and hands them to the dispatcher. */
@Processor(MATCHING_QUEUE, {
  lockDuration: JOB_LOCK_DURATION_MS,
  maxStalledCount: MAX_STALLED_COUNT,
})
export class MatchingQueueProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(MatchingQueueProcessor.name);

  constructor(
    private readonly dispatcher: JobDispatcher,
    private readonly failedJobs: FailedJobStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.queue.concurrency;
    // The decorator's options are fixed at import; the configured lock applies from the next job on.
    // The name goes with every job this worker takes (BullMQ's `processedBy`, shown by Bull Board).
    Object.assign(this.worker.opts, {
      lockDuration: this.config.queue.lockMs,
      stalledInterval: this.config.queue.lockMs,
      name: `${hostname()}:${process.pid}`,
    });
  }

  /** A lost Redis connection is reported here (and by readiness), not thrown at the process. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Worker connection problem: ${error.message}`);
  }

  /** BullMQ reports every failed attempt here; the last one (or a stalled-out job) is stored. */
  @OnWorkerEvent('failed')
  async onFailed(job: Job | undefined, error: Error): Promise<void> {
    if (!job) return;
    // A job that stalled out (its workers died or held the event loop past the lock too often)
    // fails without an attempt counted: it is final when BullMQ left it failed.
    const final =
      error instanceof UnrecoverableError ||
      job.attemptsMade >= (job.opts.attempts ?? 1) ||
      (await job.getState().catch(() => undefined)) === 'failed';
    if (!final) return;
    await this.failedJobs.record({
      jobId: job.id ?? '',
      name: job.name as JobName,
      payload: job.data,
      attempts: job.attemptsMade,
      error: error.message,
    });
  }

  async process(job: Job): Promise<unknown> {
    try {
      return await this.dispatcher.dispatch(job.name as JobName, job.data, {
        jobId: job.id ?? '',
        attempt: job.attemptsMade + 1,
        progress: (value) => job.updateProgress(value),
      });
    } catch (error) {
      if (error instanceof PermanentJobError) {
        this.logger.warn(`${job.name} ${job.id} skipped: ${error.message}`);
        throw new UnrecoverableError(error.message);
      }
      throw error;
    }
  }
}
