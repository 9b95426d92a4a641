import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JobProducer, PeriodicTask } from '@wt/queue';
import { ListRefill, ListRefillRepository } from '../store/list-refill.repository';

const BATCH = 500;
const SWEEP_EVERY_MS = 60_000;

/**
 * Sends the requested list refills to the worker (`refill-vacancy-list {vacancyId, request}`),
 * after the erasure that requested them committed. A refill the queue did not take stays
 * waiting and goes out with the next sweep; the job id makes a repeat a no-op.
 */
@Injectable()
export class ListRefillQueue {
  private readonly logger = new Logger(ListRefillQueue.name);

  constructor(
    private readonly producer: JobProducer,
    private readonly refills: ListRefillRepository,
  ) {}

  /** Sends the waiting refills; returns how many it found. */
  async sendWaiting(): Promise<number> {
    const waiting = await this.refills.waiting(BATCH);
    const sent: ListRefill[] = [];
    for (const refill of waiting) {
      try {
        await this.producer.enqueue('refill-vacancy-list', refill);
        sent.push(refill);
      } catch (error) {
        this.logger.warn(
          `refill-vacancy-list ${refill.vacancyId} r${refill.request} not enqueued; retried later: ${describe(error)}`,
        );
      }
    }
    try {
      await this.refills.markEnqueued(sent);
    } catch (error) {
      this.logger.warn(`could not record ${sent.length} enqueued refill(s): ${describe(error)}`);
    }
    return waiting.length;
  }
}

/** The sweep of refills the queue missed: at start-up and every minute. */
@Injectable()
export class ListRefillSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly task = new PeriodicTask({
    name: 'sweep of missed list refills',
    logger: new Logger(ListRefillSweeper.name),
    failureLevel: 'warn',
    work: async () => void (await this.queue.sendWaiting()),
  });

  constructor(private readonly queue: ListRefillQueue) {}

  onApplicationBootstrap(): Promise<void> {
    return this.task.start(SWEEP_EVERY_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
