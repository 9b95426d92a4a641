import { EmployerEntity } from './employer.entity';
import { VacancyEntity } from './vacancy.entity';

/** The entities of schema `vacancies`, for the one data source (`@wt/database`). */
export const VACANCIES_ENTITIES = [EmployerEntity, VacancyEntity] as const;
