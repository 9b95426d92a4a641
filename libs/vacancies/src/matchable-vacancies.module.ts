import { Module } from '@nestjs/common';
import { VacancyPersistenceModule } from './repositories/vacancy-persistence.module';
import { MatchableVacanciesService } from './services/matchable-vacancies.service';
import { VacancyAccessService } from './services/vacancy-access.service';

/**
 * What other contexts (matching) need of the vacancies without the rest of the context (no
 * Jobsuche client, no enrichment): vacancies as scoring reads them, and the access check.
 */
@Module({
  imports: [VacancyPersistenceModule],
  providers: [MatchableVacanciesService, VacancyAccessService],
  exports: [MatchableVacanciesService, VacancyAccessService],
})
export class MatchableVacanciesModule {}
