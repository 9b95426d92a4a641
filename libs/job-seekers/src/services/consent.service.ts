import { BadRequestException, Injectable } from '@nestjs/common';
import type { Principal } from '@wt/auth';
import type { JobSeekerView } from '../domain/job-seeker.views';
import type { ConsentInput } from '../domain/profile-input';
import { isoDateOf } from '../domain/profile-rules';
import { JobSeekerRepository } from '../persistence/job-seeker.repository';
import { JobSeekerProfileService, markActive, notFound } from './job-seeker-profile.service';
import { matchingFingerprint } from './profile-changes';
import { coachScopeOf } from './seeker-access';
import { SeekerAudit } from './seeker-audit';
import { SeekerMatchQueue } from './seeker-match-queue';

/**
 * Double opt-in: a profile reaches employer-facing results only when the job seeker (recorded by
 * the coach, with the date) and the coach have both switched it on. A withdrawal takes effect on
 * commit (employer-facing reads check the flags) and enqueues a re-match so stored results follow.
 */
@Injectable()
export class ConsentService {
  constructor(
    private readonly repository: JobSeekerRepository,
    private readonly profiles: JobSeekerProfileService,
    private readonly audit: SeekerAudit,
    private readonly matchQueue: SeekerMatchQueue,
  ) {}

  async set(principal: Principal, id: string, input: ConsentInput): Promise<JobSeekerView> {
    const scope = coachScopeOf(principal);
    if (!input.seeker && !input.coach) {
      throw new BadRequestException(['consent: give seeker, coach or both']);
    }
    if (input.seeker?.given && !input.seeker.date) {
      throw new BadRequestException([
        'seeker.date is required when recording the job seeker’s consent',
      ]);
    }
    const now = new Date();
    const changed = await this.repository.transaction(async (manager) => {
      const profile = await this.repository.lockProfileInScope(manager, id, scope);
      if (!profile) return undefined;
      const before = matchingFingerprint(profile);
      if (input.seeker) {
        profile.consentSeeker = input.seeker.given;
        profile.consentSeekerDate = input.seeker.date ?? isoDateOf(now);
      }
      if (input.coach) {
        profile.consentCoach = input.coach.given;
        profile.consentCoachAt = now;
      }
      const bumped = matchingFingerprint(profile) !== before;
      if (bumped) profile.version += 1;
      markActive(profile, now);
      const note = `consent: seeker ${onOff(profile.consentSeeker)}, coach ${onOff(profile.consentCoach)}`;
      await this.audit.allowed(principal, 'update', 'job-seeker', id, { note }, manager);
      return { profile: await this.repository.saveProfile(manager, profile), bumped };
    });
    if (!changed) {
      await this.audit.denied(principal, 'update', 'job-seeker', id, { note: 'consent' });
      throw notFound(id);
    }
    const { profile, bumped } = changed;
    if (bumped) {
      await this.matchQueue.enqueue({ id, version: profile.version });
    }
    return this.profiles.toView(profile, true);
  }
}

const onOff = (on: boolean) => (on ? 'on' : 'off');
