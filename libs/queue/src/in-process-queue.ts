import { Logger } from '@nestjs/common';
import { MATCH_JOB_ATTEMPTS, MATCH_JOB_BACKOFF_MS, PermanentJobError } from './job-options';
import { jobIdFor, JobName, JobPayload } from './queue-names';
import type { JobDispatcher } from './job-dispatcher';
import type { JobJournal } from './job-journal';
import type { FailedJobStore } from './failed-jobs';

interface QueuedJob {
  id: string;
  name: JobName;
  payload: unknown;
  attempt: number;
}

const REMEMBERED_JOB_IDS = 10_000;

/**
 * The embedded default's queue: the same dispatcher and handlers as BullMQ, run in this process,
 * one job at a time, with the same retry policy. One per process, shared by every app it hosts.
 * With a journal (the database), a job is stored before `add` resolves and dropped only after it
 * ran, and a new process takes up what the last one left: a crash loses no accepted work.
 */
export class InProcessQueue {
  private readonly logger = new Logger('InProcessQueue');
  private readonly waiting: QueuedJob[] = [];
  private readonly seen = new Set<string>();
  private dispatcher?: JobDispatcher;
  private running?: Promise<void>;
  private retryTimers = new Set<NodeJS.Timeout>();
  private idleWaiters: Array<() => void> = [];
  private journal?: JobJournal;
  private failedJobs?: FailedJobStore;
  private restoring: Promise<void> = Promise.resolve();

  /** Keeps accepted jobs in `journal` until they have run. */
  useJournal(journal: JobJournal): void {
    this.journal = journal;
  }

  /** Stores jobs that fail their last attempt in `store`. */
  useFailedJobs(store: FailedJobStore): void {
    this.failedJobs = store;
  }

  /** Runs a failed job again under its own id (an admin's retry after a fix). */
  async retry<N extends JobName>(id: string, name: N, payload: JobPayload<N>): Promise<void> {
    this.seen.delete(id);
    await this.add(name, payload);
  }

  /** Accepts a job: resolves with its id once it is stored (with a journal) and waiting. */
  async add<N extends JobName>(name: N, payload: JobPayload<N>): Promise<string> {
    const id = jobIdFor(name, payload);
    if (this.seen.has(id)) return id;
    await this.journal?.record({ id, name, payload });
    // The same job may have been added meanwhile.
    if (this.seen.has(id)) return id;
    this.remember(id);
    this.waiting.push({ id, name, payload, attempt: 1 });
    this.kick();
    return id;
  }

  /** Drops waiting jobs with these ids (and their journal entries); returns how many waited. */
  async discard(jobIds: readonly string[]): Promise<number> {
    const drop = new Set(jobIds);
    let dropped = 0;
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      if (!drop.has(this.waiting[i].id)) continue;
      this.waiting.splice(i, 1);
      dropped += 1;
    }
    for (const id of drop) await this.journal?.forget(id);
    return dropped;
  }

  /** Starts running jobs, first taking up those an earlier process accepted and did not run. */
  attach(dispatcher: JobDispatcher): void {
    this.dispatcher = dispatcher;
    this.restoring = this.restore();
    this.kick();
  }

  /** Stops taking jobs; the running one finishes first. Waiting jobs stay for the next attach. */
  async detach(): Promise<void> {
    this.dispatcher = undefined;
    for (const timer of this.retryTimers) clearTimeout(timer);
    this.retryTimers.clear();
    await this.running;
  }

  /** Whether a job with this id was enqueued in this process (the last 10,000 ids): for tests. */
  has(jobId: string): boolean {
    return this.seen.has(jobId);
  }

  /** The ids of the jobs waiting to run, oldest first; read-only, for tests. */
  waitingIds(): string[] {
    return this.waiting.map((job) => job.id);
  }

  get size(): number {
    return this.waiting.length + (this.running ? 1 : 0);
  }

  /** Resolves when nothing is waiting, running or due for a retry. */
  onIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle(): boolean {
    return this.waiting.length === 0 && !this.running && this.retryTimers.size === 0;
  }

  private remember(id: string): void {
    this.seen.add(id);
    if (this.seen.size > REMEMBERED_JOB_IDS) {
      this.seen.delete(this.seen.values().next().value as string);
    }
  }

  private kick(): void {
    if (this.running || !this.dispatcher) return;
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.waiting.length > 0 && this.dispatcher) this.kick();
      else if (this.isIdle()) this.idleWaiters.splice(0).forEach((resolve) => resolve());
    });
  }

  private async restore(): Promise<void> {
    if (!this.journal) return;
    try {
      let restored = 0;
      for (const job of await this.journal.pending()) {
        if (this.seen.has(job.id)) continue;
        this.remember(job.id);
        this.waiting.push({ ...job, attempt: 1 });
        restored += 1;
      }
      if (restored > 0) this.logger.log(`Took up ${restored} job(s) accepted before the last stop`);
    } catch (error) {
      this.logger.error(`Could not read the job journal: ${describeError(error)}`);
    }
  }

  private async drain(): Promise<void> {
    await this.restoring;
    let job: QueuedJob | undefined;
    while (this.dispatcher && (job = this.waiting.shift())) {
      await this.run(this.dispatcher, job);
    }
  }

  private async run(dispatcher: JobDispatcher, job: QueuedJob): Promise<void> {
    try {
      await dispatcher.dispatch(job.name, job.payload as never, {
        jobId: job.id,
        attempt: job.attempt,
        progress: async () => undefined,
      });
      await this.forget(job);
    } catch (error) {
      const message = describeError(error);
      if (error instanceof PermanentJobError || job.attempt >= MATCH_JOB_ATTEMPTS) {
        if (this.failedJobs) {
          const { id: jobId, name, payload, attempt: attempts } = job;
          await this.failedJobs.record({ jobId, name, payload, attempts, error: message });
        } else {
          this.logger.error(
            `${job.name} ${job.id} failed for good after ${job.attempt} attempt(s): ${message}`,
          );
        }
        await this.forget(job);
        return;
      }
      const delay = MATCH_JOB_BACKOFF_MS * 2 ** (job.attempt - 1);
      this.logger.warn(
        `${job.name} ${job.id} attempt ${job.attempt} failed (${message}); retry in ${delay} ms`,
      );
      const timer = setTimeout(() => {
        this.retryTimers.delete(timer);
        this.waiting.push({ ...job, attempt: job.attempt + 1 });
        this.kick();
      }, delay);
      this.retryTimers.add(timer);
    }
  }

  /** A job that ran stays journaled if this fails, and runs once more after a restart. */
  private async forget(job: QueuedJob): Promise<void> {
    try {
      await this.journal?.forget(job.id);
    } catch (error) {
      this.logger.warn(`${job.name} ${job.id} ran but stays journaled: ${describeError(error)}`);
    }
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

let instance: InProcessQueue | undefined;

/** The process's in-process queue (the standalone start hosts producers and worker together). */
export function inProcessQueue(): InProcessQueue {
  instance ??= new InProcessQueue();
  return instance;
}
