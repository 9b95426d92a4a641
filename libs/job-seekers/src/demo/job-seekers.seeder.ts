import { sharedGeoService } from '@wt/geo';
import { eqfOf } from '@wt/taxonomy';
import type { DataSource } from 'typeorm';
import type { HomeLocation } from '../domain/job-seeker.types';
import { isoDateOf } from '../domain/profile-rules';
import { JobSeekerIdentity } from '../persistence/job-seeker-identity.entity';
import { JobSeekerProfile } from '../persistence/job-seeker-profile.entity';
import { applyProfileChanges, blankProfile } from '../services/profile-changes';
import { DemoSeeker, demoSeekers } from './job-seekers-demo.data';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Fictional job seekers for the demo caseloads of `demo-coach-1` and `demo-coach-2`. Fixed ids
 * make a restart a no-op. Nothing is enqueued here: the profile service's sweep sends the
 * `match-seeker` jobs of every version not yet enqueued when it starts.
 */
export const jobSeekersDemoSeeder = {
  name: 'job-seekers',
  async seed(dataSource: DataSource): Promise<string> {
    const now = new Date();
    const seekers = demoSeekers(isoDateOf(now));
    await dataSource.transaction(async (manager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(JobSeekerProfile)
        .values(seekers.map((seeker) => profileOf(seeker, now)))
        .orIgnore()
        .execute();
      await manager
        .createQueryBuilder()
        .insert()
        .into(JobSeekerIdentity)
        .values(seekers.map(identityOf))
        .orIgnore()
        .execute();
    });
    const coaches = new Set(seekers.map((s) => s.coachId));
    return `${seekers.length} demo job seekers in ${coaches.size} caseloads (${[...coaches].join(', ')})`;
  },
};

function profileOf(seeker: DemoSeeker, now: Date): JobSeekerProfile {
  const { highestQualification, ...rest } = seeker.profile;
  const daysAgo = (days: number | undefined) =>
    days === undefined ? now : new Date(now.getTime() - days * DAY_MS);
  const profile = blankProfile(seeker.id, seeker.coachId, daysAgo(seeker.inactiveDays));
  applyProfileChanges(
    profile,
    {
      ...rest,
      linkedOccupations: [],
      highestQualification: highestQualification && {
        code: highestQualification.code,
        eqf: eqfOf(highestQualification.code),
      },
      homeLocation: seeker.home && homeOf(seeker.home),
    },
    daysAgo(seeker.availabilityConfirmedDaysAgo),
  );
  if (seeker.consent) {
    Object.assign(profile, {
      consentSeeker: true,
      consentSeekerDate: isoDateOf(now),
      consentCoach: true,
      consentCoachAt: now,
    });
  }
  return profile;
}

function homeOf(home: NonNullable<DemoSeeker['home']>): HomeLocation {
  const found = sharedGeoService().locate({ ...home, country: 'NL' });
  if (!found) throw new Error(`demo data: ${home.place} is not in the geo starter set`);
  return {
    postcode: home.postcode ?? null,
    place: home.place,
    country: 'NL',
    lat: found.lat,
    lon: found.lon,
    label: found.label,
  };
}

function identityOf(seeker: DemoSeeker): JobSeekerIdentity {
  const { givenName, familyName, email, phone, clientReference } = seeker.identity;
  return Object.assign(new JobSeekerIdentity(), {
    seekerId: seeker.id,
    givenName,
    familyName,
    email: email ?? null,
    phone: phone ?? null,
    clientSystem: clientReference.system,
    clientReference: clientReference.reference,
  });
}
