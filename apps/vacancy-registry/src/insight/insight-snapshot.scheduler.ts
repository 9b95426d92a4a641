import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@wt/config';
import { InsightSnapshotService } from '@wt/insight';
import { PeriodicTask } from '@wt/queue';

/**
 * Takes the day's insight snapshot at start and then with every registry sweep
 * (`VACANCY_SWEEP_MINUTES`): the first run of a day writes it, later ones find it taken. Any
 * number of registry processes may run it: the day's rows are written once (primary key).
 */
@Injectable()
export class InsightSnapshotScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly task = new PeriodicTask({
    name: 'insight snapshot',
    logger: new Logger(InsightSnapshotScheduler.name),
    work: async () => {
      const taken = await this.snapshots.takeIfDue();
      if (taken) return `insight snapshot of ${taken.day}: ${taken.cells} cells`;
    },
  });

  constructor(
    private readonly snapshots: InsightSnapshotService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.task.start(this.config.vacancies.sweepMinutes * 60_000);
  }

  onApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }
}
