export * from './queue-names';
export * from './job-options';
export * from './job-handler';
export * from './job-producer';
export * from './job-dispatcher';
export * from './in-process-queue';
export * from './queue.module';
export * from './job-metrics';
