import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from '@wt/bootstrap';
import { AppConfig, ConfigModule } from '@wt/config';
import { DatabaseModule } from '@wt/database';
import { HealthModule } from '@wt/health';
import { QueueModule } from '@wt/queue';

/** Job-seeker profiles, caseloads and consent: the job coaches' side. */
@Module({})
export class ProfileServiceModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: ProfileServiceModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(config, 'profile-service'),
        DatabaseModule.forRoot(),
        QueueModule.forRoot(config, { worker: false }),
        HealthModule,
      ],
    };
  }
}
