import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@wt/config';
import { GeoModule } from '@wt/geo';
import { TaxonomyModule } from '@wt/taxonomy';
import { JobsucheClient } from './jobsuche/jobsuche.client';
import { JobsucheImportService } from './jobsuche/jobsuche-import.service';
import { MatchableVacanciesModule } from './matchable-vacancies.module';
import { VacancyPersistenceModule } from './repositories/vacancy-persistence.module';
import { VacancyLifecycleModule } from './vacancy-lifecycle.module';
import { EmployersService } from './services/employers.service';
import { VacanciesService } from './services/vacancies.service';
import { VacancyEnrichmentService } from './services/vacancy-enrichment.service';
import { VacancyImportService } from './services/vacancy-import.service';
import { VacancyPreparer } from './services/vacancy-preparation.service';

/**
 * The vacancy registry's bounded context: employers and vacancies (schema `vacancies`). Static:
 * one instance per app, with one Jobsuche client built from the global configuration. Other
 * contexts import the narrow `MatchableVacanciesModule` instead.
 */
@Module({
  imports: [
    VacancyPersistenceModule,
    MatchableVacanciesModule,
    VacancyLifecycleModule,
    TaxonomyModule,
    GeoModule,
  ],
  providers: [
    VacancyEnrichmentService,
    VacancyPreparer,
    VacanciesService,
    VacancyImportService,
    EmployersService,
    JobsucheImportService,
    {
      provide: JobsucheClient,
      useFactory: (config: AppConfig) => new JobsucheClient(config.vacancies.jobsuche),
      inject: [APP_CONFIG],
    },
  ],
  exports: [
    MatchableVacanciesModule,
    VacancyLifecycleModule,
    VacanciesService,
    VacancyImportService,
    EmployersService,
    JobsucheImportService,
  ],
})
export class VacanciesModule {}
