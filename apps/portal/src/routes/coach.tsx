import { ReactNode } from 'react';
import { RouteObject } from 'react-router';
import { IntroductionsPage } from '../pages/coach/IntroductionsPage';
import { NavItem } from './nav';
import { RequireRole } from './RequireRole';

export const coachNav: NavItem[] = [
  { to: '/coach/introductions', label: 'coach:nav.introductions' },
];

const coach = (page: ReactNode) => <RequireRole roles={['coach']}>{page}</RequireRole>;

export const coachRoutes: RouteObject[] = [
  { path: 'coach/introductions', element: coach(<IntroductionsPage />) },
];
