import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@wt/config';
import { PeriodicTask } from '@wt/queue';
import { VacancyLifecycleService } from '@wt/vacancies';

/**
 * Runs the registry's sweep (expire overdue vacancies, re-send match jobs the queue missed) at
 * start and every `VACANCY_SWEEP_MINUTES`. Every registry process may run it: one UPDATE decides
 * what expires, and job ids make a repeated enqueue a no-op.
 */
@Injectable()
export class VacancySweepScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly task = new PeriodicTask({
    name: 'sweep',
    logger: new Logger(VacancySweepScheduler.name),
    work: async () => {
      const { expired, resent } = await this.lifecycle.sweep();
      if (expired + resent > 0) return `sweep: ${expired} expired, ${resent} re-sent`;
    },
  });

  constructor(
    private readonly lifecycle: VacancyLifecycleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.task.start(this.config.vacancies.sweepMinutes * 60_000);
  }

  onApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }
}
