import { DynamicModule, Module } from '@nestjs/common';
import { ApiDocsModule, HttpSecurityModule, LoggerModule } from '@wt/bootstrap';
import { AppConfig, ConfigModule } from '@wt/config';
import { DatabaseModule } from '@wt/database';
import { HealthModule } from '@wt/health';
import { QueueModule } from '@wt/queue';
import { TaxonomyHttpModule } from '@wt/taxonomy';
import { InsightHttpModule } from './insight/insight-http.module';
import { NotificationsHttpModule } from './notifications/notifications-http.module';
import { VacanciesHttpModule } from './vacancies-http.module';

/** Vacancies and employers: the employer portal and the advisers' shortlists. */
@Module({})
export class VacancyRegistryModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: VacancyRegistryModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(config, 'vacancy-registry'),
        HttpSecurityModule.forRoot(config, 'vacancy-registry'),
        DatabaseModule.forRoot(),
        QueueModule.forRoot(config, { worker: false }),
        HealthModule,
        TaxonomyHttpModule,
        VacanciesHttpModule,
        InsightHttpModule,
        NotificationsHttpModule,
        ApiDocsModule.forRoot({
          title: 'Werkplein Twente vacancy registry',
          description:
            'The one vacancy system of the region: employers, vacancies (NL and DE), bulk upload and German vacancies from the Bundesagentur Jobsuche API. Employers see their own organisation only; coaches read published vacancies. This service uses the ESCO classification of the European Commission.',
        }),
      ],
    };
  }
}
