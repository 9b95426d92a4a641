import { Injectable } from '@nestjs/common';
import type { Principal } from '@wt/auth';
import type { JobSeekerProfile } from '../persistence/job-seeker-profile.entity';
import { JobSeekerRepository } from '../persistence/job-seeker.repository';
import { ReadAccess, readAccessFor } from './seeker-access';
import { SeekerAudit } from './seeker-audit';
import { seekerNotFound } from './seeker-not-found';

/**
 * The one answer to "may this principal see job seeker Y?", for this context and every other
 * (a seeker's matches are read under the same rule as the profile). A seeker outside the caller's
 * caseload does not exist for them: 404, recorded as a denied read. An allowed read is recorded
 * with the stated reason.
 */
@Injectable()
export class SeekerAccessService {
  constructor(
    private readonly repository: JobSeekerRepository,
    private readonly audit: SeekerAudit,
  ) {}

  /** Throws (400 without a required reason, 403 for employers, 404 outside the scope) unless allowed. */
  async requireReadable(principal: Principal, seekerId: string, reason?: string): Promise<void> {
    const access = readAccessFor(principal, reason);
    if (!(await this.repository.existsInScope(seekerId, access.scope))) {
      await this.audit.denied(principal, 'read', 'job-seeker', seekerId, { reason: access.reason });
      throw seekerNotFound(seekerId);
    }
    await this.audit.allowed(principal, 'read', 'job-seeker', seekerId, { reason: access.reason });
  }

  /** For this context's own services: the profile the caller may read, and how much of it. */
  async readProfile(
    principal: Principal,
    seekerId: string,
    reason?: string,
  ): Promise<{ profile: JobSeekerProfile; access: ReadAccess }> {
    const access = readAccessFor(principal, reason);
    const profile = await this.repository.findProfileInScope(seekerId, access.scope);
    if (!profile) {
      await this.audit.denied(principal, 'read', 'job-seeker', seekerId, { reason: access.reason });
      throw seekerNotFound(seekerId);
    }
    await this.audit.allowed(principal, 'read', 'job-seeker', seekerId, { reason: access.reason });
    return { profile, access };
  }
}
