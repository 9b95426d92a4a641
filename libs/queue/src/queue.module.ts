import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Injectable, Module, Provider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig } from '@wt/config';
import { BullJobProducer } from './bullmq.producer';
import { MatchingQueueProcessor } from './bullmq.processor';
import { DataSource } from 'typeorm';
import { inProcessQueue } from './in-process-queue';
import { InProcessJobProducer } from './in-process.producer';
import { InProcessWorker } from './in-process.worker';
import { FailedJobStore } from './failed-jobs';
import { JobDispatcher } from './job-dispatcher';
import { DatabaseJobJournal } from './job-journal';
import { DEFAULT_JOB_OPTIONS } from './job-options';
import { JobProducer } from './job-producer';
import { MATCHING_QUEUE } from './queue-names';

/** Journals the in-process queue's jobs in this app's database, so they survive a crash. */
@Injectable()
export class InProcessJournal {
  constructor(dataSource: DataSource) {
    inProcessQueue().useJournal(new DatabaseJobJournal(dataSource));
  }
}

export interface QueueModuleOptions {
  /** Also consume jobs (the matching worker); producers only enqueue. */
  worker: boolean;
}

/** BullMQ on Redis when `REDIS_URL` is set, the in-process runner otherwise. */
@Module({})
export class QueueModule {
  static forRoot(config: AppConfig, { worker }: QueueModuleOptions): DynamicModule {
    const redisUrl = config.queue.redisUrl;
    const imports = redisUrl
      ? [
          BullModule.forRoot({
            connection: { url: redisUrl, maxRetriesPerRequest: null },
            prefix: config.queue.prefix,
          }),
          BullModule.registerQueue({
            name: MATCHING_QUEUE,
            defaultJobOptions: DEFAULT_JOB_OPTIONS,
          }),
        ]
      : [];
    const providers: Provider[] = [
      { provide: JobProducer, useClass: redisUrl ? BullJobProducer : InProcessJobProducer },
      FailedJobStore,
    ];
    if (!redisUrl) providers.push(InProcessJournal);
    if (worker) {
      providers.push(JobDispatcher, redisUrl ? MatchingQueueProcessor : InProcessWorker);
    }
    return {
      module: QueueModule,
      global: true,
      imports: worker ? [...imports, DiscoveryModule] : imports,
      providers,
      exports: [JobProducer, FailedJobStore],
    };
  }
}
