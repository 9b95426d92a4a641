import { DEMO_PRINCIPALS, Principal, Role } from '@wt/auth';

/** A fictional account the demo sign-in page offers; `key` is what the page posts back. */
export interface DemoAccount {
  key: string;
  principal: Principal;
  /** What the page says about the account (an i18n key of the portal's `common` namespace). */
  description: string;
}

/**
 * The demo's fictional callers, per role: the four of the demo data (an employer with an
 * organisation and vacancies, a coach with a caseload) plus two employers whose organisations
 * are not registered yet (to try the registration) and the coaches of the other two demo caseloads.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { key: 'employer', principal: DEMO_PRINCIPALS.employer, description: 'demo.employer' },
  {
    key: 'employer-new',
    principal: { subject: 'demo-employer-2', role: 'employer', organisationId: 'demo-org-2' },
    description: 'demo.employerNew',
  },
  {
    key: 'employer-new-2',
    principal: { subject: 'demo-employer-3', role: 'employer', organisationId: 'demo-org-3' },
    description: 'demo.employerNew2',
  },
  { key: 'adviser', principal: DEMO_PRINCIPALS.adviser, description: 'demo.adviser' },
  { key: 'coach', principal: DEMO_PRINCIPALS.coach, description: 'demo.coach' },
  {
    key: 'coach-2',
    principal: { subject: 'demo-coach-user-2', role: 'coach', coachId: 'demo-coach-2' },
    description: 'demo.coach2',
  },
  {
    key: 'coach-3',
    principal: { subject: 'demo-coach-user-3', role: 'coach', coachId: 'demo-coach-3' },
    description: 'demo.coach3',
  },
  { key: 'admin', principal: DEMO_PRINCIPALS.admin, description: 'demo.admin' },
];

export const ROLE_ORDER: readonly Role[] = ['employer', 'adviser', 'coach', 'admin'];
