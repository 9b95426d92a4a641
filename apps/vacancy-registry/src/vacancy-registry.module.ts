import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from '@wt/bootstrap';
import { AppConfig, ConfigModule } from '@wt/config';
import { DatabaseModule } from '@wt/database';
import { HealthModule } from '@wt/health';
import { QueueModule } from '@wt/queue';

/** Vacancies and employers: the employer portal and the advisers' shortlists. */
@Module({})
export class VacancyRegistryModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: VacancyRegistryModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(config, 'vacancy-registry'),
        DatabaseModule.forRoot(),
        QueueModule.forRoot(config, { worker: false }),
        HealthModule,
      ],
    };
  }
}
