/** Who may do what: see the authorisation matrix in the README. */
export type Role = 'employer' | 'adviser' | 'coach' | 'admin';

export const ROLES: readonly Role[] = ['employer', 'adviser', 'coach', 'admin'];

/** The caller, from a verified token. Ids only: no name or contact details. */
export interface Principal {
  /** The token's subject (a user id at the identity provider). */
  subject: string;
  role: Role;
  /** The employer organisation of an `employer`. */
  organisationId?: string;
  /** The coach id of a `coach` (their caseload). */
  coachId?: string;
}

/**
 * What the token says about the person, apart from the principal (which holds ids only): the
 * OIDC `email` and `name` claims, kept for notifications and nothing else. Staff data, never a
 * job seeker's.
 */
export interface UserProfile {
  email?: string;
  name?: string;
}
