import { RouteObject } from 'react-router';
import { PlaceholderPage } from '../pages/PlaceholderPage';
import { NavItem } from './nav';
import { RequireRole } from './RequireRole';

export const adviserNav: NavItem[] = [
  { to: '/adviser/vacancies', label: 'adviser:nav.vacancies' },
  { to: '/insight/outcomes', label: 'insight:nav.outcomes' },
];

export const adviserRoutes: RouteObject[] = [
  {
    path: 'adviser/vacancies',
    element: (
      <RequireRole roles={['adviser', 'admin']}>
        <PlaceholderPage title="adviser:vacancies.title" />
      </RequireRole>
    ),
  },
];
