import { RouteObject } from 'react-router';
import { EmployerVacanciesPage } from '../pages/employer/VacanciesPage';
import { NavItem } from './nav';
import { RequireRole } from './RequireRole';

export const employerNav: NavItem[] = [
  { to: '/employer/vacancies', label: 'employer:nav.vacancies' },
  { to: '/employer/organisation', label: 'employer:nav.organisation' },
];

export const employerRoutes: RouteObject[] = [
  {
    path: 'employer/vacancies',
    element: (
      <RequireRole roles={['employer']}>
        <EmployerVacanciesPage />
      </RequireRole>
    ),
  },
];
