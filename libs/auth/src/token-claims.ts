import { ClaimNames } from '@wt/config';
import { Principal, Role, ROLES, UserProfile } from './principal';

/** A token the engine will not accept; `reason` is safe to show to the caller (no token content). */
export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
  constructor(readonly reason: string) {
    super(`Invalid token: ${reason}`);
  }
}

const MAX_ID_LENGTH = 200;

/**
 * The principal a verified token's claims describe. The role claim may be one role or a list
 * holding exactly one of ours (identity providers often send every group a user has).
 */
export function principalFromClaims(claims: Record<string, unknown>, names: ClaimNames): Principal {
  const subject = idClaim(claims.sub, 'subject (sub)');
  if (!subject) throw new InvalidTokenError('no subject (sub)');
  const role = roleClaim(claims[names.role], names.role);
  if (role === 'employer') {
    const organisationId = idClaim(claims[names.organisationId], names.organisationId);
    if (!organisationId) {
      throw new InvalidTokenError(
        `an employer token needs an organisation id (${names.organisationId})`,
      );
    }
    return { subject, role, organisationId };
  }
  if (role === 'coach') {
    const coachId = idClaim(claims[names.coachId], names.coachId);
    if (!coachId) throw new InvalidTokenError(`a coach token needs a coach id (${names.coachId})`);
    return { subject, role, coachId };
  }
  return { subject, role };
}

function roleClaim(value: unknown, name: string): Role {
  const values = Array.isArray(value) ? value : [value];
  const roles = ROLES.filter((role) => values.includes(role));
  if (roles.length === 1) return roles[0];
  if (roles.length > 1) throw new InvalidTokenError(`more than one role in ${name}`);
  throw new InvalidTokenError(`no role (${ROLES.join(', ')}) in ${name}`);
}

function idClaim(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || value.length > MAX_ID_LENGTH || hasControlCharacter(value)) {
    throw new InvalidTokenError(`${name} must be a string of at most ${MAX_ID_LENGTH} characters`);
  }
  return value;
}

function hasControlCharacter(value: string): boolean {
  return [...value].some((char) => char.charCodeAt(0) < 0x20);
}

const MAX_EMAIL_LENGTH = 254;
const MAX_NAME_LENGTH = 200;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+$/;

/**
 * The OIDC `email` and `name` claims, where present and well-formed; a malformed one is left out
 * (it never refuses a token: the principal is what access depends on).
 */
export function profileFromClaims(claims: Record<string, unknown>): UserProfile {
  const profile: UserProfile = {};
  const { email, name } = claims;
  if (typeof email === 'string' && email.length <= MAX_EMAIL_LENGTH && EMAIL.test(email)) {
    profile.email = email;
  }
  if (
    typeof name === 'string' &&
    name.trim() !== '' &&
    name.length <= MAX_NAME_LENGTH &&
    !hasControlCharacter(name)
  ) {
    profile.name = name.trim();
  }
  return profile;
}
