import { Injectable, Logger } from '@nestjs/common';
import { JobProducer } from '@wt/queue';
import { MatchNotificationRepository } from '../store/match-notification.repository';

const RETRY_BATCH = 500;

/**
 * Tells the worker about a workflow step, after the step is committed, as the vacancies and job
 * seekers tell it about new versions: a step whose job the queue did not take (Redis down, or the
 * process died in between) stays unmarked, and the worker's sweep sends it again; the job id
 * (`notify-step.<id>`) makes a repeat a no-op. Never fails the request that took the step.
 */
@Injectable()
export class StepNotificationQueue {
  private readonly logger = new Logger(StepNotificationQueue.name);

  constructor(
    private readonly producer: JobProducer,
    private readonly steps: MatchNotificationRepository,
  ) {}

  async enqueue(stepIds: readonly string[]): Promise<void> {
    const done: string[] = [];
    for (const stepId of stepIds) {
      try {
        await this.producer.enqueue('notify-step', { stepId });
        done.push(stepId);
      } catch (error) {
        this.logger.warn(`notify-step ${stepId} not enqueued (${describe(error)}); retried later`);
      }
    }
    try {
      await this.steps.markStepsEnqueued(done);
    } catch (error) {
      this.logger.warn(`could not mark ${done.length} step(s) as notified: ${describe(error)}`);
    }
  }

  /** Sends the steps an earlier enqueue missed; returns how many it found. */
  async retryMissed(): Promise<number> {
    const missed = await this.steps.stepsNotEnqueued(RETRY_BATCH);
    await this.enqueue(missed);
    return missed.length;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
