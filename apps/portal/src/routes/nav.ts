import { Role } from '../auth/session';
import { adminNav } from './admin';
import { adviserNav } from './adviser';
import { adviserToolsNav } from './adviser-tools';
import { coachNav } from './coach';
import { coachSeekerNav } from './coach-seekers';
import { employerNav } from './employer';
import { regionalInsightNav } from './insight-region';

/** A link of the main navigation: `label` is an i18n key (namespace-qualified). */
export interface NavItem {
  to: string;
  label: string;
  end?: boolean;
}

const NAV: Record<Role, NavItem[]> = {
  employer: employerNav,
  adviser: [...adviserNav, ...adviserToolsNav, ...regionalInsightNav],
  coach: [...coachSeekerNav, ...coachNav],
  admin: [...adminNav, ...regionalInsightNav],
};

export const navFor = (role: Role): NavItem[] => NAV[role];

/** Where each role starts after signing in. */
export const HOME: Record<Role, string> = {
  employer: '/employer/vacancies',
  adviser: '/adviser/vacancies',
  coach: '/coach/caseload',
  admin: '/admin',
};
