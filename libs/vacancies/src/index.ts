export * from './vacancy.types';
export * from './vacancy.views';
export { VacanciesModule } from './vacancies.module';
export { MatchableVacanciesModule } from './matchable-vacancies.module';
export { VACANCIES_ENTITIES } from './entities/vacancies.entities';
export { VacanciesService, DEFAULT_RADIUS_KM } from './services/vacancies.service';
export type { VacancySearch, Page, CreateOptions } from './services/vacancies.service';
export { VacancyAccessService } from './services/vacancy-access.service';
export { VacancyLifecycleService } from './services/vacancy-lifecycle.service';
export { VacancyImportService } from './services/vacancy-import.service';
export type { ImportRow, ImportReport, RowError } from './services/vacancy-import.service';
export { EmployersService } from './services/employers.service';
export { VacancyMatchQueue } from './services/vacancy-match-queue.service';
export { OCCUPATION_REVIEW_THRESHOLD } from './services/vacancy-enrichment.service';
export { JobsucheImportService } from './jobsuche/jobsuche-import.service';
export type {
  JobsucheImportReport,
  JobsucheDocumentError,
} from './jobsuche/jobsuche-import.service';
export { JobsucheLiveDisabledError, JobsucheRequestError } from './jobsuche/jobsuche.client';
export type { JobsucheQuery } from './jobsuche/jobsuche.client';
export type { JobsucheJobDetails } from './jobsuche/jobsuche.types';
export {
  MAX_DESCRIPTION_LENGTH,
  MAX_HOURS_PER_WEEK,
  MAX_TITLE_LENGTH,
} from './rules/vacancy-rules.util';
export { regionToday } from './rules/calendar.util';
export { vacancyScopeOf } from './rules/scope.util';
export { vacanciesDemoSeeder } from './demo/vacancies-demo.seeder';
export { MatchableVacanciesService } from './services/matchable-vacancies.service';
export type { VacancyHeading } from './services/matchable-vacancies.service';
export type { MatchableVacancy, VacancySummary } from './services/matchable-vacancies.service';
export { CLEARABLE_VACANCY_FIELDS, VACANCY_FIELD_NAMES } from './rules/vacancy-fields.util';
export { VacancyLifecycleModule } from './vacancy-lifecycle.module';
