import { ReactNode } from 'react';
import { RouteObject } from 'react-router';
import { CaseloadPage } from '../pages/coach/CaseloadPage';
import { SeekerFormPage } from '../pages/coach/SeekerFormPage';
import { SeekerMatchesPage } from '../pages/coach/SeekerMatchesPage';
import { SeekerPage } from '../pages/coach/SeekerPage';
import { SeekerTransitionsPage } from '../pages/coach/SeekerTransitionsPage';
import { NavItem } from './nav';
import { RequireRole } from './RequireRole';

/** The coach's caseload and job-seeker pages (beside the introductions in `coach.tsx`). */
export const coachSeekerNav: NavItem[] = [
  { to: '/coach/caseload', label: 'caseload:nav.caseload' },
];

const coach = (page: ReactNode) => <RequireRole roles={['coach']}>{page}</RequireRole>;

export const coachSeekerRoutes: RouteObject[] = [
  { path: 'coach/caseload', element: coach(<CaseloadPage />) },
  { path: 'coach/job-seekers/new', element: coach(<SeekerFormPage />) },
  { path: 'coach/job-seekers/:id', element: coach(<SeekerPage />) },
  { path: 'coach/job-seekers/:id/edit', element: coach(<SeekerFormPage />) },
  { path: 'coach/job-seekers/:id/matches', element: coach(<SeekerMatchesPage />) },
  { path: 'coach/job-seekers/:id/transitions', element: coach(<SeekerTransitionsPage />) },
];
