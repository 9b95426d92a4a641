import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  type NotFoundException,
} from '@nestjs/common';
import type { Principal } from '@wt/auth';
import { APP_CONFIG, AppConfig } from '@wt/config';
import { TaxonomyService } from '@wt/taxonomy';
import { randomUUID } from 'node:crypto';
import type { CaseloadPage, CaseloadPageRequest, JobSeekerView } from '../domain/job-seeker.views';
import type { CreateJobSeekerInput, ProfileInput } from '../domain/profile-input';
import { isoDateOf, looksLikeBsn } from '../domain/profile-rules';
import { JobSeekerIdentity } from '../persistence/job-seeker-identity.entity';
import type { JobSeekerProfile } from '../persistence/job-seeker-profile.entity';
import { JobSeekerRepository } from '../persistence/job-seeker.repository';
import {
  applyProfileChanges,
  blankProfile,
  crossFieldProblems,
  matchingFingerprint,
} from './profile-changes';
import { ProfileInputResolver } from './profile-input.resolver';
import { conceptUrisOf, toCaseloadEntry, toJobSeekerView } from './profile.mapper';
import { coachScopeOf, manageScopeOf } from './seeker-access';
import { SeekerAccessService } from './seeker-access.service';
import { SeekerAudit } from './seeker-audit';
import { SeekerErasureHooks } from './seeker-erasure.hooks';
import { SeekerMatchQueue } from './seeker-match-queue';
import { seekerNotFound } from './seeker-not-found';

const UNIQUE_VIOLATION = '23505';

/** A job seeker's profile: create, read, change, confirm, erase. */
@Injectable()
export class JobSeekerProfileService {
  constructor(
    private readonly repository: JobSeekerRepository,
    private readonly resolver: ProfileInputResolver,
    private readonly audit: SeekerAudit,
    private readonly matchQueue: SeekerMatchQueue,
    private readonly taxonomy: TaxonomyService,
    private readonly erasure: SeekerErasureHooks,
    private readonly access: SeekerAccessService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Profile and identity in one transaction: nothing is half-stored. */
  async create(principal: Principal, input: CreateJobSeekerInput): Promise<JobSeekerView> {
    const scope = coachScopeOf(principal) as { coachId: string };
    const { identity, ...profileInput } = input;
    if (looksLikeBsn(identity.clientReference.reference)) {
      throw new BadRequestException([
        'identity.clientReference.reference looks like a BSN; this system stores no BSN, use the client number of UWV or the municipality',
      ]);
    }
    const resolved = await this.resolver.resolve(profileInput);
    const now = new Date();
    const profile = blankProfile(randomUUID(), scope.coachId, now);
    applyProfileChanges(profile, resolved, now);
    rejectProblems(crossFieldProblems(profile, isoDateOf(now)));
    const record = Object.assign(new JobSeekerIdentity(), {
      seekerId: profile.id,
      givenName: identity.givenName.trim(),
      familyName: identity.familyName.trim(),
      email: identity.email?.trim() || null,
      phone: identity.phone?.trim() || null,
      clientSystem: identity.clientReference.system,
      clientReference: identity.clientReference.reference.trim(),
    });
    await this.repository
      .transaction(async (manager) => {
        if (
          await this.repository.isClientRecordTaken(
            manager,
            record.clientSystem,
            record.clientReference,
          )
        ) {
          throw clientRecordTaken();
        }
        await this.repository.insertSeeker(manager, profile, record);
        await this.audit.allowed(principal, 'create', 'job-seeker', profile.id, {}, manager);
      })
      .catch(translateUniqueViolation);
    await this.matchQueue.enqueue({ id: profile.id, version: profile.version });
    return this.viewOf(profile.id, scope, true);
  }

  async get(principal: Principal, id: string, reason?: string): Promise<JobSeekerView> {
    const { profile, access } = await this.access.readProfile(principal, id, reason);
    return this.toView(profile, access.includeSupportNeeded);
  }

  /** A page of the coach's own caseload, pseudonymous: names come from the identity endpoint. */
  async listCaseload(principal: Principal, page: CaseloadPageRequest): Promise<CaseloadPage> {
    const scope = coachScopeOf(principal) as { coachId: string };
    const [profiles, total] = await this.repository.findCaseloadPage(scope.coachId, page);
    await this.audit.allowed(principal, 'search', 'caseload', scope.coachId);
    const now = new Date();
    const items = profiles.map((p) => toCaseloadEntry(p, now, this.policy()));
    return { items, page: page.page, pageSize: page.pageSize, total };
  }

  async update(principal: Principal, id: string, input: ProfileInput): Promise<JobSeekerView> {
    const scope = coachScopeOf(principal);
    const resolved = await this.resolver.resolve(input);
    const now = new Date();
    const changed = await this.repository.transaction(async (manager) => {
      const profile = await this.repository.lockProfileInScope(manager, id, scope);
      if (!profile) return undefined;
      const before = matchingFingerprint(profile);
      applyProfileChanges(profile, resolved, now);
      rejectProblems(crossFieldProblems(profile, isoDateOf(now)));
      const bumped = matchingFingerprint(profile) !== before;
      if (bumped) profile.version += 1;
      markActive(profile, now);
      await this.repository.saveProfile(manager, profile);
      const note = `fields: ${Object.keys(input).sort().join(', ')}`;
      await this.audit.allowed(principal, 'update', 'job-seeker', id, { note }, manager);
      return { profile, bumped };
    });
    if (!changed) {
      await this.audit.denied(principal, 'update', 'job-seeker', id);
      throw notFound(id);
    }
    if (changed.bumped) {
      await this.matchQueue.enqueue({ id, version: changed.profile.version });
    }
    return this.toView(changed.profile, true);
  }

  /** The coach checked with the job seeker: the availability on file is still right. */
  async confirmAvailability(principal: Principal, id: string): Promise<JobSeekerView> {
    const scope = coachScopeOf(principal);
    const now = new Date();
    const profile = await this.repository.transaction(async (manager) => {
      const found = await this.repository.lockProfileInScope(manager, id, scope);
      if (!found) return undefined;
      found.availabilityConfirmedAt = now;
      markActive(found, now);
      const note = 'availability confirmed';
      await this.audit.allowed(principal, 'update', 'job-seeker', id, { note }, manager);
      return this.repository.saveProfile(manager, found);
    });
    if (!profile) {
      await this.audit.denied(principal, 'update', 'job-seeker', id);
      throw notFound(id);
    }
    return this.toView(profile, true);
  }

  /**
   * Erasure: identity, profile and (through the registered hooks) the matches, in one
   * transaction; then its waiting match jobs are dropped and the hooks' follow-ups run (the lists
   * the person stood on are refilled). The workers' indexes learn of it from
   * the erasure feed. There is no soft delete and no undo; the audit trail keeps the ids.
   */
  async erase(principal: Principal, id: string): Promise<void> {
    const scope = manageScopeOf(principal);
    const erased = await this.repository.transaction(async (manager) => {
      const profile = await this.repository.lockProfileInScope(manager, id, scope);
      if (!profile) return null;
      await this.erasure.eraseEverywhere(id, manager);
      await this.matchQueue.forgetFailed(id, manager);
      await this.repository.deleteSeeker(manager, id);
      const note = `erased; hooks: ${this.erasure.registered().join(', ') || 'none'}`;
      await this.audit.allowed(principal, 'delete', 'job-seeker', id, { note }, manager);
      return { id, version: profile.version };
    });
    if (!erased) {
      await this.audit.denied(principal, 'delete', 'job-seeker', id);
      throw notFound(id);
    }
    await this.matchQueue.discard(erased);
    // E.g. the vacancy lists the person stood on are filled again (the 51st candidate moves up).
    await this.erasure.afterErasure();
  }

  /** The profile as `scope` sees it (after a write, for the response). */
  async viewOf(
    id: string,
    scope: Parameters<JobSeekerRepository['findProfileInScope']>[1],
    includeSupportNeeded: boolean,
  ): Promise<JobSeekerView> {
    const profile = await this.repository.findProfileInScope(id, scope);
    if (!profile) throw notFound(id);
    return this.toView(profile, includeSupportNeeded);
  }

  async toView(profile: JobSeekerProfile, includeSupportNeeded: boolean): Promise<JobSeekerView> {
    const labels = await this.taxonomy.preferredLabels(conceptUrisOf(profile), 'nl');
    return toJobSeekerView(profile, {
      includeSupportNeeded,
      now: new Date(),
      policy: this.policy(),
      labels,
    });
  }

  private policy() {
    return { availabilityStaleDays: this.config.jobSeekers.availabilityStaleDays };
  }
}

export function notFound(id: string): NotFoundException {
  return seekerNotFound(id);
}

export function markActive(profile: JobSeekerProfile, now: Date): void {
  profile.lastActivityAt = now;
  profile.reviewFlaggedAt = null;
}

function rejectProblems(problems: string[]): void {
  if (problems.length > 0) throw new BadRequestException(problems);
}

function clientRecordTaken(): ConflictException {
  return new ConflictException(
    'identity.clientReference already belongs to another job seeker profile',
  );
}

function translateUniqueViolation(error: unknown): never {
  const failure = error as { code?: string; driverError?: { code?: string } };
  const code = failure.driverError?.code ?? failure.code;
  if (code === UNIQUE_VIOLATION) throw clientRecordTaken();
  throw error;
}
