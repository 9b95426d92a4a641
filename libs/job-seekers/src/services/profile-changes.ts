import { JobSeekerProfile } from '../persistence/job-seeker-profile.entity';
import type { WantedOccupation } from '../domain/job-seeker.types';
import type { ResolvedProfileInput } from './profile-input.resolver';

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** Writes resolved input onto a profile: `undefined` keeps a field, `null` clears it. */
export function applyProfileChanges(
  profile: JobSeekerProfile,
  changes: ResolvedProfileInput,
  now: Date,
): void {
  profile.wantedOccupations = mergeOccupations(profile.wantedOccupations ?? [], changes);
  if (changes.wantedOccupationText !== undefined) {
    profile.wantedOccupationText = changes.wantedOccupationText?.trim() || null;
  }
  if (changes.skills !== undefined) profile.skills = unique(changes.skills ?? []);
  if (changes.workExperience !== undefined) {
    profile.workExperience = (changes.workExperience ?? []).map(({ occupationUri, years }) => ({
      occupationUri,
      years,
    }));
  }
  if (changes.highestQualification !== undefined) {
    profile.qualificationCode = changes.highestQualification?.code ?? null;
    profile.qualificationEqf = changes.highestQualification?.eqf ?? null;
  }
  if (changes.schoolLeaver !== undefined) {
    const leaver = changes.schoolLeaver;
    profile.schoolType = leaver?.schoolType ?? null;
    profile.exitProfile = leaver?.exitProfile ?? null;
    profile.expectedLeavingDate = leaver?.expectedLeavingDate ?? null;
    profile.schoolCertificates = unique(leaver?.certificates ?? []);
  }
  if (changes.currentEducation !== undefined) {
    profile.educationCode = changes.currentEducation?.code ?? null;
    profile.educationEndDate = changes.currentEducation?.expectedEndDate ?? null;
  }
  if (changes.certificates !== undefined) profile.certificates = unique(changes.certificates ?? []);
  if (changes.drivingLicences !== undefined) {
    profile.drivingLicences = unique(changes.drivingLicences ?? []);
  }
  if (changes.travelsIndependently !== undefined) {
    profile.travelsIndependently = changes.travelsIndependently;
  }
  if (changes.ownTransport !== undefined) profile.ownTransport = changes.ownTransport;
  if (changes.homeLocation !== undefined) {
    const home = changes.homeLocation;
    profile.homePostcode = home?.postcode ?? null;
    profile.homePlace = home?.place ?? null;
    profile.homeCountry = home?.country ?? null;
    profile.homeLabel = home?.label ?? null;
    profile.homeLat = home?.lat ?? null;
    profile.homeLon = home?.lon ?? null;
  }
  if (changes.maxTravelKm !== undefined) profile.maxTravelKm = changes.maxTravelKm;
  if (changes.hoursPerWeek !== undefined) {
    profile.hoursMin = changes.hoursPerWeek?.min ?? null;
    profile.hoursMax = changes.hoursPerWeek?.max ?? null;
  }
  if (changes.availableNow !== undefined || changes.availableFrom !== undefined) {
    if (changes.availableNow !== undefined) profile.availableNow = changes.availableNow;
    if (changes.availableFrom !== undefined) profile.availableFrom = changes.availableFrom;
    profile.availabilityConfirmedAt = now;
  }
  if (changes.languages !== undefined) {
    profile.languages = (changes.languages ?? []).map(({ language, level }) => ({
      language,
      level,
    }));
  }
  if (changes.willingToWorkInGermany !== undefined) {
    profile.willingToWorkInGermany = changes.willingToWorkInGermany;
  }
  if (changes.targetGroups !== undefined) {
    profile.banenafspraak = changes.targetGroups?.banenafspraak ?? null;
    profile.benefit = changes.targetGroups?.benefit ?? null;
  }
  if (changes.supportNeeded !== undefined) {
    profile.supportNeeded = changes.supportNeeded?.trim() || null;
  }
}

/** The coach's own choices first, then what the linker found in the free text. */
function mergeOccupations(
  current: WantedOccupation[],
  changes: ResolvedProfileInput,
): WantedOccupation[] {
  const coach =
    changes.wantedOccupations !== undefined
      ? (changes.wantedOccupations ?? [])
      : current.filter((o) => o.source === 'coach').map((o) => o.uri);
  const linked =
    changes.linkedOccupations ?? current.filter((o) => o.source === 'linked').map((o) => o.uri);
  const coachUris = unique(coach);
  return [
    ...coachUris.map((uri) => ({ uri, source: 'coach' as const })),
    ...unique(linked)
      .filter((uri) => !coachUris.includes(uri))
      .map((uri) => ({ uri, source: 'linked' as const })),
  ];
}

/** Rules across fields that only hold once a change meets the stored profile. */
export function crossFieldProblems(profile: JobSeekerProfile, today: string): string[] {
  const problems: string[] = [];
  if (
    profile.availableNow === true &&
    profile.availableFrom !== null &&
    profile.availableFrom > today
  ) {
    problems.push(
      `availableFrom ${profile.availableFrom} lies in the future while availableNow is true; clear one of them`,
    );
  }
  return problems;
}

/**
 * Everything the worker reads when it matches this job seeker. A change to any of it bumps the
 * version and enqueues a re-match; identity, support needed and the free text do not, and neither
 * does consent: visibility to employers is checked when a shortlist is read, so a new job seeker
 * costs one match job, not a second one for the consent that follows.
 */
export function matchingFingerprint(profile: JobSeekerProfile): string {
  return JSON.stringify([
    profile.wantedOccupations.map((o) => o.uri),
    profile.skills,
    profile.workExperience.map((w) => [w.occupationUri, w.years]),
    profile.qualificationCode,
    profile.qualificationEqf,
    profile.schoolType,
    profile.exitProfile,
    profile.expectedLeavingDate,
    profile.schoolCertificates,
    profile.certificates,
    profile.drivingLicences,
    profile.travelsIndependently,
    profile.ownTransport,
    profile.homeLat,
    profile.homeLon,
    profile.maxTravelKm,
    profile.hoursMin,
    profile.hoursMax,
    profile.availableNow,
    profile.availableFrom,
    profile.languages.map((l) => [l.language, l.level]),
    profile.willingToWorkInGermany,
    profile.banenafspraak,
    profile.benefit,
  ]);
}

/** A profile with nothing filled in yet: version 1, no consent. */
export function blankProfile(id: string, coachId: string, now: Date): JobSeekerProfile {
  const fields: JobSeekerProfile = {
    id,
    coachId,
    version: 1,
    enqueuedVersion: 0,
    wantedOccupations: [],
    wantedOccupationText: null,
    skills: [],
    workExperience: [],
    qualificationCode: null,
    qualificationEqf: null,
    schoolType: null,
    exitProfile: null,
    expectedLeavingDate: null,
    schoolCertificates: [],
    educationCode: null,
    educationEndDate: null,
    certificates: [],
    drivingLicences: [],
    travelsIndependently: null,
    ownTransport: null,
    homePostcode: null,
    homePlace: null,
    homeCountry: null,
    homeLabel: null,
    homeLat: null,
    homeLon: null,
    maxTravelKm: null,
    hoursMin: null,
    hoursMax: null,
    availableNow: null,
    availableFrom: null,
    availabilityConfirmedAt: null,
    languages: [],
    willingToWorkInGermany: null,
    banenafspraak: null,
    benefit: null,
    supportNeeded: null,
    consentSeeker: false,
    consentSeekerDate: null,
    consentCoach: false,
    consentCoachAt: null,
    lastActivityAt: now,
    reviewFlaggedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  return Object.assign(new JobSeekerProfile(), fields);
}
