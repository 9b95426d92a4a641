import { Principal, Role, UserProfile } from './principal';

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

/** The demo callers' fictional e-mail addresses and names, carried in their demo tokens. */
export const DEMO_PROFILES: Readonly<Record<Role, UserProfile>> = {
  employer: { email: 'werkgever@demo.werkplein-twente.invalid', name: 'Demo Werkgever' },
  adviser: { email: 'adviseur@demo.werkplein-twente.invalid', name: 'Demo Adviseur' },
  coach: { email: 'coach@demo.werkplein-twente.invalid', name: 'Demo Coach' },
  admin: { email: 'beheer@demo.werkplein-twente.invalid', name: 'Demo Beheerder' },
};
