import { BadRequestException, ForbiddenException } from '@nestjs/common';
import type { Principal } from '@wt/auth';
import { ALL_CASELOADS, CaseloadScope } from '../persistence/job-seeker.repository';

/** What a caller may read of a job seeker, and the reason recorded for it. */
export interface ReadAccess {
  scope: CaseloadScope;
  /** Recorded in the audit entry; required for anyone but the coach of the caseload. */
  reason?: string;
  /** Support needed at work: the coach and the adviser only. */
  includeSupportNeeded: boolean;
}

/**
 * Who sees which job seekers. A coach sees their own caseload only (another coach's profile does
 * not exist for them: 404); an adviser or admin reads any profile, but only with a stated reason;
 * an employer never reads a profile.
 */
export function readAccessFor(principal: Principal, reason?: string): ReadAccess {
  if (principal.role === 'coach') {
    return { scope: caseloadOf(principal), reason, includeSupportNeeded: true };
  }
  if (principal.role === 'adviser' || principal.role === 'admin') {
    if (!reason?.trim()) {
      throw new BadRequestException([
        `reason is required: an ${principal.role} reads a job-seeker profile only with a recorded reason`,
      ]);
    }
    return {
      scope: ALL_CASELOADS,
      reason: reason.trim(),
      includeSupportNeeded: principal.role === 'adviser',
    };
  }
  throw new ForbiddenException('employers have no access to job-seeker profiles');
}

/** Changes to a profile, its identity and its consent: the coach of the caseload only. */
export function coachScopeOf(principal: Principal): CaseloadScope {
  if (principal.role !== 'coach') {
    throw new ForbiddenException('only the coach of the caseload changes a profile');
  }
  return caseloadOf(principal);
}

/** Transfer and erasure: the coach of the caseload, or an admin for any caseload. */
export function manageScopeOf(principal: Principal): CaseloadScope {
  if (principal.role === 'admin') return ALL_CASELOADS;
  return coachScopeOf(principal);
}

function caseloadOf(principal: Principal): CaseloadScope {
  if (!principal.coachId) throw new ForbiddenException('this coach token carries no coach id');
  return { coachId: principal.coachId };
}
