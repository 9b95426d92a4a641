import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@wt/config';
import { GeoModule } from '@wt/geo';
import { TaxonomyModule } from '@wt/taxonomy';
import { EmployerEntity } from './entities/employer.entity';
import { VacancyEntity } from './entities/vacancy.entity';
import { JobsucheClient } from './jobsuche/jobsuche.client';
import { JobsucheImportService } from './jobsuche/jobsuche-import.service';
import { EmployerRepository } from './repositories/employer.repository';
import { VacancyRepository } from './repositories/vacancy.repository';
import { EmployersService } from './services/employers.service';
import { VacanciesService } from './services/vacancies.service';
import { VacancyAccessService } from './services/vacancy-access.service';
import { VacancyEnrichmentService } from './services/vacancy-enrichment.service';
import { VacancyImportService } from './services/vacancy-import.service';
import { VacancyLifecycleService } from './services/vacancy-lifecycle.service';
import { VacancyMatchQueue } from './services/vacancy-match-queue.service';
import { MatchableVacanciesService } from './services/matchable-vacancies.service';
import { VacancyPreparer } from './services/vacancy-preparation.service';

/** The vacancy registry's bounded context: employers and vacancies (schema `vacancies`). */
@Module({})
export class VacanciesModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: VacanciesModule,
      imports: [
        TypeOrmModule.forFeature([VacancyEntity, EmployerEntity]),
        TaxonomyModule,
        GeoModule,
      ],
      providers: [
        VacancyRepository,
        EmployerRepository,
        VacancyEnrichmentService,
        VacancyPreparer,
        VacancyMatchQueue,
        VacanciesService,
        VacancyAccessService,
        VacancyLifecycleService,
        VacancyImportService,
        EmployersService,
        JobsucheImportService,
        MatchableVacanciesService,
        { provide: JobsucheClient, useValue: new JobsucheClient(config.vacancies.jobsuche) },
      ],
      exports: [
        VacanciesService,
        VacancyAccessService,
        VacancyLifecycleService,
        VacancyImportService,
        EmployersService,
        JobsucheImportService,
        VacancyMatchQueue,
        MatchableVacanciesService,
      ],
    };
  }
}
