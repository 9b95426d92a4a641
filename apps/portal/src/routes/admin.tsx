import { RouteObject } from 'react-router';
import { PlaceholderPage } from '../pages/PlaceholderPage';
import { NavItem } from './nav';
import { RequireRole } from './RequireRole';

export const adminNav: NavItem[] = [
  { to: '/admin', label: 'admin:nav.home', end: true },
  { to: '/adviser/vacancies', label: 'adviser:nav.vacancies' },
  { to: '/insight/outcomes', label: 'insight:nav.outcomes' },
];

export const adminRoutes: RouteObject[] = [
  {
    path: 'admin',
    element: (
      <RequireRole roles={['admin']}>
        <PlaceholderPage title="admin:home.title" />
      </RequireRole>
    ),
  },
];
