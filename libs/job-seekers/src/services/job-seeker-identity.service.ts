import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
} from '@nestjs/common';
import type { Principal } from '@wt/auth';
import type { IdentityView } from '../domain/job-seeker.views';
import type { IdentityChanges } from '../domain/profile-input';
import { looksLikeBsn } from '../domain/profile-rules';
import { ALL_CASELOADS, JobSeekerRepository } from '../persistence/job-seeker.repository';
import { markActive, notFound } from './job-seeker-profile.service';
import { isEmployerVisible, toIdentityView } from './profile.mapper';
import { coachScopeOf } from './seeker-access';
import { SeekerAudit } from './seeker-audit';

export interface IntroductionRequest {
  /** Why the adviser needs the contact details now; recorded in the audit entry. */
  reason: string;
  vacancyId?: string;
}

/** What an employer learns of a candidate once the job seeker agreed to the introduction. */
export interface IntroductionContact {
  seekerId: string;
  givenName: string;
  familyName: string;
  email: string | null;
  phone: string | null;
}

/** Who the job seeker is: the coach of the caseload, and an adviser at introduction time. */
@Injectable()
export class JobSeekerIdentityService {
  constructor(
    private readonly repository: JobSeekerRepository,
    private readonly audit: SeekerAudit,
  ) {}

  async get(principal: Principal, id: string): Promise<IdentityView> {
    const identity = await this.repository.findIdentityInScope(id, coachScopeOf(principal));
    if (!identity) {
      await this.audit.denied(principal, 'read', 'job-seeker-identity', id);
      throw notFound(id);
    }
    await this.audit.allowed(principal, 'read', 'job-seeker-identity', id);
    return toIdentityView(identity);
  }

  async update(principal: Principal, id: string, changes: IdentityChanges): Promise<IdentityView> {
    const scope = coachScopeOf(principal);
    if (changes.clientReference && looksLikeBsn(changes.clientReference.reference)) {
      throw new BadRequestException([
        'clientReference.reference looks like a BSN; this system stores no BSN, use the client number of UWV or the municipality',
      ]);
    }
    const now = new Date();
    const updated = await this.repository.transaction(async (manager) => {
      const profile = await this.repository.lockProfileInScope(manager, id, scope);
      const identity = profile ? await this.repository.lockIdentity(manager, id) : null;
      if (!profile || !identity) return undefined;
      if (changes.givenName !== undefined) identity.givenName = changes.givenName.trim();
      if (changes.familyName !== undefined) identity.familyName = changes.familyName.trim();
      if (changes.email !== undefined) identity.email = changes.email?.trim() || null;
      if (changes.phone !== undefined) identity.phone = changes.phone?.trim() || null;
      if (changes.clientReference) {
        const { system, reference } = changes.clientReference;
        if (await this.repository.isClientRecordTaken(manager, system, reference.trim(), id)) {
          throw new ConflictException(
            'clientReference already belongs to another job seeker profile',
          );
        }
        identity.clientSystem = system;
        identity.clientReference = reference.trim();
      }
      await this.repository.saveIdentity(manager, identity);
      markActive(profile, now);
      await this.repository.saveProfile(manager, profile);
      const note = `fields: ${Object.keys(changes).sort().join(', ')}`;
      await this.audit.allowed(principal, 'update', 'job-seeker-identity', id, { note }, manager);
      return identity;
    });
    if (!updated) {
      await this.audit.denied(principal, 'update', 'job-seeker-identity', id);
      throw notFound(id);
    }
    return toIdentityView(updated);
  }

  /**
   * An adviser introducing a candidate to an employer needs the contact details: only with a
   * reason, only once the job seeker and the coach have both switched the profile on, and always
   * audited.
   */
  async releaseForIntroduction(
    principal: Principal,
    id: string,
    request: IntroductionRequest,
  ): Promise<IdentityView> {
    if (principal.role !== 'adviser') {
      throw new ForbiddenException('contact details for an introduction are released to advisers');
    }
    const detail = { reason: request.reason.trim(), vacancyId: request.vacancyId };
    const profile = await this.repository.findProfileInScope(id, ALL_CASELOADS);
    if (!profile) {
      await this.audit.denied(principal, 'read', 'job-seeker-identity', id, detail);
      throw notFound(id);
    }
    if (!isEmployerVisible(profile)) {
      await this.audit.denied(principal, 'read', 'job-seeker-identity', id, {
        ...detail,
        note: 'no double opt-in',
      });
      throw new ConflictException(
        'consent: the job seeker and the coach must both have switched the profile on before contact details are released for an introduction',
      );
    }
    const identity = await this.repository.findIdentityInScope(id, ALL_CASELOADS);
    if (!identity) throw notFound(id);
    await this.audit.allowed(principal, 'read', 'job-seeker-identity', id, detail);
    return toIdentityView(identity);
  }

  /**
   * The employer of an introduction the job seeker agreed to (the matching workflow checks the
   * step and the vacancy): name and contact only, never the client reference; only with the double
   * opt-in still on; every reveal audited with the vacancy.
   */
  async contactForIntroduction(
    principal: Principal,
    id: string,
    vacancyId: string,
  ): Promise<IntroductionContact> {
    if (principal.role !== 'employer') {
      throw new ForbiddenException('introduction contact details are released to the employer');
    }
    const detail = { reason: 'introduction agreed by the job seeker', vacancyId };
    const profile = await this.repository.findProfileInScope(id, ALL_CASELOADS);
    const identity = profile ? await this.repository.findIdentityInScope(id, ALL_CASELOADS) : null;
    if (!profile || !identity || !isEmployerVisible(profile)) {
      await this.audit.denied(principal, 'read', 'job-seeker-identity', id, detail);
      throw notFound(id);
    }
    await this.audit.allowed(principal, 'read', 'job-seeker-identity', id, detail);
    const { seekerId, givenName, familyName, email, phone } = toIdentityView(identity);
    return { seekerId, givenName, familyName, email, phone };
  }
}
