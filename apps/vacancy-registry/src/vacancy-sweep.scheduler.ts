import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@wt/config';
import { VacancyLifecycleService } from '@wt/vacancies';

/**
 * Runs the registry's sweep (expire overdue vacancies, re-send match jobs the queue missed) at
 * start and every `VACANCY_SWEEP_MINUTES`. Every registry process may run it: one UPDATE decides
 * what expires, and job ids make a repeated enqueue a no-op.
 */
@Injectable()
export class VacancySweepScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(VacancySweepScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly lifecycle: VacancyLifecycleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.vacancies.sweepMinutes;
    if (minutes === 0) return;
    this.run();
    this.timer = setInterval(() => this.run(), minutes * 60_000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private run(): void {
    if (this.running) return;
    this.running = this.lifecycle
      .sweep()
      .then(({ expired, resent }) => {
        if (expired + resent > 0) this.logger.log(`sweep: ${expired} expired, ${resent} re-sent`);
      })
      .catch((error: Error) => this.logger.error(`sweep failed: ${error.message}`))
      .finally(() => (this.running = undefined));
  }
}
