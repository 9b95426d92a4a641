import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@wt/config';
import { InsightSnapshotService } from '@wt/insight';

/**
 * Takes the day's insight snapshot at start and then with every registry sweep
 * (`VACANCY_SWEEP_MINUTES`): the first run of a day writes it, later ones find it taken. Any
 * number of registry processes may run it: the day's rows are written once (primary key).
 */
@Injectable()
export class InsightSnapshotScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(InsightSnapshotScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly snapshots: InsightSnapshotService,
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
    this.running = this.snapshots
      .takeIfDue()
      .then((taken) => {
        if (taken) this.logger.log(`insight snapshot of ${taken.day}: ${taken.cells} cells`);
      })
      .catch((error: Error) => this.logger.error(`insight snapshot failed: ${error.message}`))
      .finally(() => (this.running = undefined));
  }
}
