import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { jobIdFor, JobProducer } from '@wt/queue';
import { JobSeekerRepository, VersionedSeeker } from '../persistence/job-seeker.repository';

const RETRY_BATCH = 500;
const RETRY_EVERY_MS = 60_000;

/**
 * Tells the matching worker about a new profile version (`match-seeker {seekerId, version}`),
 * always after the change committed. A version the queue did not take (Redis down), or demo data
 * seeded before any app ran, stays marked and goes out with the next sweep. The deterministic job
 * id makes a repeat a no-op.
 */
@Injectable()
export class SeekerMatchQueue {
  private readonly logger = new Logger(SeekerMatchQueue.name);

  constructor(
    private readonly producer: JobProducer,
    private readonly repository: JobSeekerRepository,
  ) {}

  async enqueue(...versions: VersionedSeeker[]): Promise<void> {
    const done: VersionedSeeker[] = [];
    for (const { id, version } of versions) {
      try {
        await this.producer.enqueue('match-seeker', { seekerId: id, version });
        done.push({ id, version });
      } catch (error) {
        this.warn(`match-seeker ${id} v${version} not enqueued; retried later`, error);
      }
    }
    try {
      await this.repository.markEnqueued(done);
    } catch (error) {
      this.warn(`could not record ${done.length} enqueued version(s)`, error);
    }
  }

  /** An erased seeker's match jobs still waiting (every version up to `version`) are dropped. */
  async discard({ id, version }: VersionedSeeker): Promise<void> {
    const jobIds = Array.from({ length: version }, (_, i) => [
      jobIdFor('match-seeker', { seekerId: id, version: i + 1 }),
      jobIdFor('notify-seeker-matches', { seekerId: id, version: i + 1 }),
    ]).flat();
    try {
      await this.producer.discard(jobIds);
    } catch (error) {
      // Harmless if it fails: the job finds the profile gone and deletes its matches again.
      this.warn(`waiting match-seeker jobs of ${id} not dropped`, error);
    }
  }

  /** Sends the versions an earlier enqueue missed; returns how many it found. */
  async retryMissed(): Promise<number> {
    const missed = await this.repository.findNotEnqueued(RETRY_BATCH);
    await this.enqueue(...missed);
    return missed.length;
  }

  private warn(message: string, error: unknown): void {
    this.logger.warn(`${message}: ${describe(error)}`);
  }
}

/** The profile service's sweep of missed versions: at start-up and every minute. */
@Injectable()
export class SeekerMatchSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SeekerMatchSweeper.name);
  private timer?: NodeJS.Timeout;

  constructor(private readonly queue: SeekerMatchQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.sweep();
    this.timer = setInterval(() => void this.sweep(), RETRY_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async sweep(): Promise<void> {
    try {
      await this.queue.retryMissed();
    } catch (error) {
      this.logger.warn(`sweep of missed match-seeker jobs failed: ${describe(error)}`);
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
