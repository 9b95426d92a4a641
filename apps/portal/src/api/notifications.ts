import type { Role } from '../auth/session';
import type { components } from './registry';

export type Notification = components['schemas']['NotificationDto'];

export const UNREAD_KEY = ['registry', 'notifications', 'unread'] as const;

/**
 * A notification links to an item by its API-side path (`/vacancies/<id>/shortlist`,
 * `/job-seekers/<id>/matches`); this is the portal page that shows it to the signed-in role.
 */
export function portalPath(link: string, role: Role): string | null {
  const seeker = /^\/job-seekers\/([^/]+)\/matches/.exec(link);
  if (seeker && role === 'coach') return `/coach/job-seekers/${seeker[1]}/matches`;
  const vacancy = /^\/vacancies\/([^/]+)/.exec(link);
  if (vacancy) {
    if (role === 'employer') return `/employer/vacancies/${vacancy[1]}`;
    if (role === 'adviser' || role === 'admin') return `/adviser/vacancies/${vacancy[1]}`;
  }
  return null;
}
