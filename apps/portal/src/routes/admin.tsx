import { ReactNode } from 'react';
import { RouteObject } from 'react-router';
import { AuditPage } from '../pages/admin/AuditPage';
import { FailedJobsPage } from '../pages/admin/FailedJobsPage';
import { NavItem } from './nav';
import { RequireRole } from './RequireRole';

export const adminNav: NavItem[] = [
  { to: '/admin', label: 'admin:nav.home', end: true },
  { to: '/admin/jobs', label: 'admin:nav.jobs' },
  { to: '/adviser/vacancies', label: 'adviser:nav.vacancies' },
  { to: '/insight/outcomes', label: 'insight:nav.outcomes' },
];

const admin = (page: ReactNode) => <RequireRole roles={['admin']}>{page}</RequireRole>;

export const adminRoutes: RouteObject[] = [
  { path: 'admin', element: admin(<AuditPage />) },
  { path: 'admin/jobs', element: admin(<FailedJobsPage />) },
];
