import { ReactNode } from 'react';
import { RouteObject } from 'react-router';
import { ShortlistPage } from '../pages/adviser/ShortlistPage';
import { NavItem } from './nav';
import { RequireRole } from './RequireRole';

export const adviserNav: NavItem[] = [
  { to: '/adviser/vacancies', label: 'adviser:nav.vacancies' },
  { to: '/insight/outcomes', label: 'insight:nav.outcomes' },
];

const adviser = (page: ReactNode) => <RequireRole roles={['adviser', 'admin']}>{page}</RequireRole>;

export const adviserRoutes: RouteObject[] = [
  { path: 'adviser/vacancies/:id', element: adviser(<ShortlistPage />) },
];
