import { Principal } from './principal';

/**
 * What part of the region's data a caller may see, for repository methods to filter on:
 * an employer its own organisation, a coach their own caseload, an adviser or admin all of it.
 */
export type TenantScope =
  | { kind: 'organisation'; organisationId: string }
  | { kind: 'caseload'; coachId: string }
  | { kind: 'region' };

export function scopeOf(principal: Principal): TenantScope {
  switch (principal.role) {
    case 'employer':
      return {
        kind: 'organisation',
        organisationId: required(principal.organisationId, 'organisationId'),
      };
    case 'coach':
      return { kind: 'caseload', coachId: required(principal.coachId, 'coachId') };
    case 'adviser':
    case 'admin':
      return { kind: 'region' };
  }
}

// The guard never lets such a principal through; this protects code that builds one by hand.
function required(value: string | undefined, field: string): string {
  if (!value) throw new Error(`Principal without ${field} has no tenant scope`);
  return value;
}
