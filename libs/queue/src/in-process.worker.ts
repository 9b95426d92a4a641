import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { inProcessQueue } from './in-process-queue';
import { FailedJobStore } from './failed-jobs';
import { JobDispatcher } from './job-dispatcher';

/** Attaches this app's handlers to the in-process queue once the app is up. */
@Injectable()
export class InProcessWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly dispatcher: JobDispatcher,
    private readonly failedJobs: FailedJobStore,
  ) {}

  onApplicationBootstrap(): void {
    new Logger(InProcessWorker.name).log(
      'No REDIS_URL: jobs run in this process (in-process queue, for a demo or a single user)',
    );
    inProcessQueue().useFailedJobs(this.failedJobs);
    inProcessQueue().attach(this.dispatcher);
  }

  async onApplicationShutdown(): Promise<void> {
    await inProcessQueue().detach();
  }
}
