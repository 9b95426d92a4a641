import { Injectable, Logger } from '@nestjs/common';
import { JobProducer } from '@wt/queue';
import { VacancyRepository, VersionedVacancy } from '../repositories/vacancy.repository';

const RETRY_BATCH = 500;

/**
 * Tells the matching worker about a new vacancy version, always after the change is committed.
 * A version the queue did not take (Redis down) stays marked and goes out with the next sweep, so
 * a failed enqueue never undoes a stored change.
 */
@Injectable()
export class VacancyMatchQueue {
  private readonly logger = new Logger(VacancyMatchQueue.name);

  constructor(
    private readonly producer: JobProducer,
    private readonly vacancies: VacancyRepository,
  ) {}

  async enqueue(versions: readonly VersionedVacancy[]): Promise<void> {
    const done: VersionedVacancy[] = [];
    for (const { id, version } of versions) {
      try {
        await this.producer.enqueue('match-vacancy', { vacancyId: id, version });
        done.push({ id, version });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        this.logger.warn(`match-vacancy ${id} v${version} not enqueued (${reason}); retried later`);
      }
    }
    try {
      await this.vacancies.markEnqueued(done);
    } catch (error) {
      // The jobs are in the queue; a later sweep re-sends them, which their ids make a no-op.
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.warn(`could not record ${done.length} enqueued version(s): ${reason}`);
    }
  }

  /** Sends the versions an earlier enqueue missed; returns how many it found. */
  async retryMissed(): Promise<number> {
    const missed = await this.vacancies.findNotEnqueued(RETRY_BATCH);
    await this.enqueue(missed);
    return missed.length;
  }
}
