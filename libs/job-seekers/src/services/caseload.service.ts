import { BadRequestException, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@wt/auth';
import { APP_CONFIG, AppConfig } from '@wt/config';
import {
  assessCompleteness,
  availabilityStatus,
  AVAILABILITY_STATUSES,
  AvailabilityStatus,
  COMPLETENESS_BANDS,
  CompletenessBand,
} from '../domain/completeness';
import type {
  CaseloadOverview,
  CaseloadPage,
  CaseloadPageRequest,
  RetentionSweepView,
  TransferView,
} from '../domain/job-seeker.views';
import { isoDateOf } from '../domain/profile-rules';
import { JobSeekerRepository } from '../persistence/job-seeker.repository';
import { markActive, notFound } from './job-seeker-profile.service';
import { matchingFingerprint } from './profile-changes';
import { consentViewOf, isEmployerVisible, toCaseloadEntry } from './profile.mapper';
import { coachScopeOf, manageScopeOf } from './seeker-access';
import { SeekerAudit } from './seeker-audit';
import { SeekerMatchQueue } from './seeker-match-queue';

const DAY_MS = 24 * 3600 * 1000;
const MOST_MISSING = 5;

/** A coach's caseload as a whole: overview, transfers, and the retention review. */
@Injectable()
export class CaseloadService {
  constructor(
    private readonly repository: JobSeekerRepository,
    private readonly audit: SeekerAudit,
    private readonly matchQueue: SeekerMatchQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts by completeness band and availability: where the coach's work is. */
  async overview(principal: Principal, coachId?: string): Promise<CaseloadOverview> {
    const owner = this.caseloadOwner(principal, coachId);
    const profiles = await this.repository.findCaseload(owner);
    await this.audit.allowed(principal, 'search', 'caseload', owner, { note: 'overview' });
    const now = new Date();
    const today = isoDateOf(now);
    const byCompleteness = countsOf<CompletenessBand>(COMPLETENESS_BANDS);
    const byAvailability = countsOf<AvailabilityStatus>(AVAILABILITY_STATUSES);
    const missing = new Map<string, number>();
    let availabilityStale = 0;
    for (const profile of profiles) {
      const completeness = assessCompleteness(profile, now, this.policy());
      byCompleteness[completeness.band] += 1;
      byAvailability[availabilityStatus(profile, today)] += 1;
      if (completeness.stale.includes('availability')) availabilityStale += 1;
      for (const field of completeness.missing) missing.set(field, (missing.get(field) ?? 0) + 1);
    }
    return {
      coachId: owner,
      total: profiles.length,
      byCompleteness,
      byAvailability,
      availabilityStale,
      employerVisible: profiles.filter(isEmployerVisible).length,
      flaggedForReview: profiles.filter((p) => p.reviewFlaggedAt !== null).length,
      mostMissing: [...missing.entries()]
        .map(([field, count]) => ({ field, count }))
        .sort((a, b) => b.count - a.count || a.field.localeCompare(b.field))
        .slice(0, MOST_MISSING),
    };
  }

  /**
   * Hands a job seeker to another coach. The coach's half of the double opt-in belongs to the
   * coach who gave it, so it is switched off: the new coach decides again (and a re-match follows
   * when that hides the profile from employers).
   */
  async transfer(principal: Principal, id: string, toCoachId: string): Promise<TransferView> {
    const scope = manageScopeOf(principal);
    const now = new Date();
    const result = await this.repository.transaction(async (manager) => {
      const profile = await this.repository.lockProfileInScope(manager, id, scope);
      if (!profile) return undefined;
      const fromCoachId = profile.coachId;
      if (fromCoachId === toCoachId) {
        throw new BadRequestException([`toCoachId ${toCoachId} already holds this job seeker`]);
      }
      const before = matchingFingerprint(profile);
      profile.coachId = toCoachId;
      if (profile.consentCoach) {
        profile.consentCoach = false;
        profile.consentCoachAt = now;
      }
      const bumped = matchingFingerprint(profile) !== before;
      if (bumped) profile.version += 1;
      markActive(profile, now);
      const note = `transfer from coach ${fromCoachId} to coach ${toCoachId}`;
      await this.audit.allowed(principal, 'update', 'job-seeker', id, { note }, manager);
      return { profile: await this.repository.saveProfile(manager, profile), fromCoachId, bumped };
    });
    if (!result) {
      await this.audit.denied(principal, 'update', 'job-seeker', id, { note: 'transfer' });
      throw notFound(id);
    }
    const { profile, fromCoachId, bumped } = result;
    if (bumped) {
      await this.matchQueue.enqueue({ id, version: profile.version });
    }
    return {
      id,
      fromCoachId,
      toCoachId,
      version: profile.version,
      consent: consentViewOf(profile),
    };
  }

  /** Profiles flagged for a retention review: the coach's own, or all for an admin. */
  async flaggedForReview(principal: Principal, page: CaseloadPageRequest): Promise<CaseloadPage> {
    const scope = manageScopeOf(principal);
    const [profiles, total] = await this.repository.findFlaggedForReview(scope, page);
    await this.audit.allowed(
      principal,
      'search',
      'caseload',
      'coachId' in scope ? scope.coachId : 'all',
      { note: 'retention review' },
    );
    const now = new Date();
    const items = profiles.map((p) => toCaseloadEntry(p, now, this.policy()));
    return { items, page: page.page, pageSize: page.pageSize, total };
  }

  /**
   * Flags every profile without a change for the configured period; the coach then updates,
   * confirms or erases it. Flagging erases nothing: deciding to is a person's job.
   */
  async sweepInactive(principal: Principal): Promise<RetentionSweepView> {
    if (principal.role !== 'admin') {
      throw new ForbiddenException('the retention sweep is for admins');
    }
    const now = new Date();
    const inactiveDays = this.config.jobSeekers.inactiveReviewDays;
    const cutoff = new Date(now.getTime() - inactiveDays * DAY_MS);
    const seekerIds = await this.repository.transaction(async (manager) => {
      const flagged = await this.repository.flagInactiveSince(manager, cutoff, now);
      const note = 'flagged for retention review';
      for (const id of flagged) {
        await this.audit.allowed(principal, 'update', 'job-seeker', id, { note }, manager);
      }
      return flagged;
    });
    return { inactiveDays, cutoff: cutoff.toISOString(), flagged: seekerIds.length, seekerIds };
  }

  private caseloadOwner(principal: Principal, coachId?: string): string {
    if (principal.role === 'admin') {
      if (!coachId) throw new BadRequestException(['coachId is required for an admin']);
      return coachId;
    }
    const scope = coachScopeOf(principal) as { coachId: string };
    if (coachId && coachId !== scope.coachId) {
      throw new ForbiddenException('a coach sees their own caseload only');
    }
    return scope.coachId;
  }

  private policy() {
    return { availabilityStaleDays: this.config.jobSeekers.availabilityStaleDays };
  }
}

function countsOf<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}
