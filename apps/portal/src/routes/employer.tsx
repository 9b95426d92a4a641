import { ReactNode } from 'react';
import { RouteObject } from 'react-router';
import { OrganisationPage } from '../pages/employer/OrganisationPage';
import { EmployerVacanciesPage } from '../pages/employer/VacanciesPage';
import { VacancyFormPage } from '../pages/employer/VacancyFormPage';
import { EmployerVacancyPage } from '../pages/employer/VacancyPage';
import { NavItem } from './nav';
import { RequireRole } from './RequireRole';

export const employerNav: NavItem[] = [
  { to: '/employer/vacancies', label: 'employer:nav.vacancies' },
  { to: '/employer/organisation', label: 'employer:nav.organisation' },
];

const employer = (page: ReactNode) => <RequireRole roles={['employer']}>{page}</RequireRole>;

export const employerRoutes: RouteObject[] = [
  { path: 'employer/vacancies', element: employer(<EmployerVacanciesPage />) },
  { path: 'employer/vacancies/new', element: employer(<VacancyFormPage />) },
  { path: 'employer/vacancies/:id', element: employer(<EmployerVacancyPage />) },
  { path: 'employer/vacancies/:id/edit', element: employer(<VacancyFormPage />) },
  { path: 'employer/organisation', element: employer(<OrganisationPage />) },
];
