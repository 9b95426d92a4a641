import { Principal, Role } from './principal';

/**
 * The fictional callers of the demo: the standalone start prints a token for each, the demo data
 * gives the employer an organisation and the coach a caseload under these ids, and the
 * authorisation-matrix test calls every endpoint as each of them.
 */
export const DEMO_PRINCIPALS: Readonly<Record<Role, Principal>> = {
  employer: { subject: 'demo-employer-1', role: 'employer', organisationId: 'demo-org-1' },
  adviser: { subject: 'demo-adviser-1', role: 'adviser' },
  coach: { subject: 'demo-coach-user-1', role: 'coach', coachId: 'demo-coach-1' },
  admin: { subject: 'demo-admin-1', role: 'admin' },
};
