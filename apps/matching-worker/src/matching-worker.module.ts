import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from '@wt/bootstrap';
import { AppConfig, ConfigModule } from '@wt/config';
import { DatabaseModule } from '@wt/database';
import { HealthModule } from '@wt/health';
import { MatchingJobsModule } from '@wt/matching';
import { NotificationJobsModule } from '@wt/notifications';
import { OpsModule } from '@wt/ops';
import { QueueModule } from '@wt/queue';
import { QueueDashboardModule } from './queue-dashboard.module';

/**
 * The matching worker: consumes the queue; its only HTTP is health and metrics (public, like on
 * every app), so it boots without the HTTP security stack (rate limit, auth guard, audit trail).
 * The queue dashboard checks its admin token itself.
 */
@Module({})
export class MatchingWorkerModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: MatchingWorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(config, 'matching-worker'),
        DatabaseModule.forRoot(),
        QueueModule.forRoot(config, { worker: true }),
        HealthModule,
        OpsModule,
        MatchingJobsModule,
        NotificationJobsModule,
        QueueDashboardModule.forRoot(config),
      ],
    };
  }
}
