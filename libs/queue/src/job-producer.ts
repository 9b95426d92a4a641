import { JobName, JobPayload } from './queue-names';

/** Enqueues work for the matching worker; BullMQ or in-process, chosen by configuration. */
export abstract class JobProducer {
  /** Enqueues a job with its deterministic id and returns that id; a repeat is a no-op. */
  abstract enqueue<N extends JobName>(name: N, payload: JobPayload<N>): Promise<string>;
  /**
   * Drops these jobs if they are still waiting (a running job is left to finish; its handler
   * checks what it reads). Returns how many were dropped.
   */
  abstract discard(jobIds: readonly string[]): Promise<number>;
  /** Runs a job that failed for good again, under its own id. */
  abstract retry<N extends JobName>(jobId: string, name: N, payload: JobPayload<N>): Promise<void>;
  /** Whether the queue can take work now (readiness). */
  abstract isReady(): Promise<boolean>;
  abstract readonly mode: 'bullmq' | 'in-process';
}
