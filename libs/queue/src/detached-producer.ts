import { AppConfig } from '@wt/config';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { DEFAULT_JOB_OPTIONS } from './job-options';
import { DatabaseJobJournal } from './job-journal';
import { jobIdFor, JobName, JobPayload, MATCHING_QUEUE } from './queue-names';

const CONNECT_TIMEOUT_MS = 5_000;

/**
 * Enqueues a job from a command-line script, outside the apps: into BullMQ when `REDIS_URL` is
 * set, else into the embedded mode's job journal, which the standalone process takes up when it
 * next starts (the script and the standalone cannot hold the embedded database at once).
 */
export async function enqueueDetached<N extends JobName>(
  config: AppConfig,
  dataSource: DataSource,
  name: N,
  payload: JobPayload<N>,
): Promise<string> {
  const jobId = jobIdFor(name, payload);
  if (!config.queue.redisUrl) {
    await new DatabaseJobJournal(dataSource).record({ id: jobId, name, payload });
    return jobId;
  }
  // One attempt with a time limit: a script must say Redis is unreachable, not wait for it.
  const connection = new Redis(config.queue.redisUrl, {
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  connection.on('error', () => undefined); // reported by the failed connect or command
  try {
    await connection.connect().catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Redis (REDIS_URL) is unreachable: ${reason}`);
    });
    const queue = new Queue(MATCHING_QUEUE, { connection, prefix: config.queue.prefix });
    try {
      await queue.add(name, payload, { ...DEFAULT_JOB_OPTIONS, jobId });
      return jobId;
    } finally {
      await queue.close();
    }
  } finally {
    connection.disconnect();
  }
}
