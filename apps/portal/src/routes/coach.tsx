import { RouteObject } from 'react-router';
import { PlaceholderPage } from '../pages/PlaceholderPage';
import { NavItem } from './nav';
import { RequireRole } from './RequireRole';

export const coachNav: NavItem[] = [{ to: '/coach/proposals', label: 'coach:nav.proposals' }];

export const coachRoutes: RouteObject[] = [
  {
    path: 'coach/proposals',
    element: (
      <RequireRole roles={['coach']}>
        <PlaceholderPage title="coach:proposals.title" />
      </RequireRole>
    ),
  },
];
