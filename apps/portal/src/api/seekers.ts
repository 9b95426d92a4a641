import { ok, profiles } from './client';
import type { components } from './profiles';

export type JobSeeker = components['schemas']['JobSeekerResponse'];
export type CaseloadEntry = components['schemas']['CaseloadEntryResponse'];
export type CaseloadOverview = components['schemas']['CaseloadOverviewResponse'];
export type CreateJobSeeker = components['schemas']['CreateJobSeekerDto'];
export type UpdateJobSeeker = components['schemas']['UpdateJobSeekerDto'];
export type Identity = components['schemas']['IdentityResponse'];
export type Transitions = components['schemas']['TransitionsDto'];
export type OneSkillAway = components['schemas']['OneSkillAwayDto'];
export type CompletenessBand = CaseloadEntry['completenessBand'];
export type Availability = CaseloadEntry['availability'];

export const BANDS: CompletenessBand[] = ['complete', 'high', 'medium', 'low'];
export const AVAILABILITIES: Availability[] = ['now', 'later', 'unknown'];

/** A short handle for a pseudonymous profile id ("JS-3F9A"): the caseload shows no names. */
export const seekerHandle = (id: string): string =>
  `JS-${id.replace(/-/g, '').slice(-6).toUpperCase()}`;

export const seekerQuery = (id: string) => ({
  queryKey: ['profiles', 'job-seeker', id],
  queryFn: () => ok(profiles.GET('/job-seekers/{id}', { params: { path: { id } } })),
});

/** The insight texts and labels of the APIs exist in the portal's three languages. */
export type ApiLang = 'nl' | 'de' | 'en';
export const apiLang = (language: string): ApiLang =>
  language === 'de' || language === 'en' ? language : 'nl';
