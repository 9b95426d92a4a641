import {
  assessCompleteness,
  availabilityStatus,
  CompletenessFacts,
  CompletenessPolicy,
} from '../domain/completeness';
import type {
  CaseloadEntryView,
  ConceptView,
  ConsentView,
  IdentityView,
  JobSeekerView,
} from '../domain/job-seeker.views';
import { isoDateOf } from '../domain/profile-rules';
import type { JobSeekerIdentity } from '../persistence/job-seeker-identity.entity';
import type { JobSeekerProfile } from '../persistence/job-seeker-profile.entity';
import type { CaseloadRow } from '../persistence/job-seeker.repository';

export interface ViewOptions {
  includeSupportNeeded: boolean;
  now: Date;
  policy: CompletenessPolicy;
  /** Preferred labels of the ESCO concepts the profile refers to. */
  labels: ReadonlyMap<string, string>;
}

export function completenessFactsOf(p: JobSeekerProfile): CompletenessFacts {
  return {
    wantedOccupationCount: p.wantedOccupations.length,
    skillCount: p.skills.length,
    languageCount: p.languages.length,
    qualificationCode: p.qualificationCode,
    availableNow: p.availableNow,
    availableFrom: p.availableFrom,
    availabilityConfirmedAt: p.availabilityConfirmedAt,
    hasHomeLocation: p.homeLat !== null,
    maxTravelKm: p.maxTravelKm,
    hoursMin: p.hoursMin,
    hoursMax: p.hoursMax,
    travelsIndependently: p.travelsIndependently,
    willingToWorkInGermany: p.willingToWorkInGermany,
    schoolType: p.schoolType,
    exitProfile: p.exitProfile,
    expectedLeavingDate: p.expectedLeavingDate,
  };
}

export function isEmployerVisible(p: Pick<JobSeekerProfile, 'consentSeeker' | 'consentCoach'>) {
  return p.consentSeeker && p.consentCoach;
}

export function consentViewOf(p: JobSeekerProfile): ConsentView {
  return {
    seeker: { given: p.consentSeeker, date: p.consentSeekerDate },
    coach: { given: p.consentCoach, at: p.consentCoachAt?.toISOString() ?? null },
    employerVisible: isEmployerVisible(p),
  };
}

/** Every ESCO URI the profile refers to, for one label lookup. */
export function conceptUrisOf(p: JobSeekerProfile): string[] {
  return [
    ...p.wantedOccupations.map((o) => o.uri),
    ...p.skills,
    ...p.workExperience.map((w) => w.occupationUri),
  ];
}

export function toJobSeekerView(p: JobSeekerProfile, options: ViewOptions): JobSeekerView {
  const concept = (uri: string): ConceptView => ({ uri, label: options.labels.get(uri) ?? null });
  const view: JobSeekerView = {
    id: p.id,
    version: p.version,
    coachId: p.coachId,
    wantedOccupations: p.wantedOccupations.map((o) => ({ ...concept(o.uri), source: o.source })),
    wantedOccupationText: p.wantedOccupationText,
    skills: p.skills.map(concept),
    workExperience: p.workExperience.map((w) => ({
      occupation: concept(w.occupationUri),
      years: w.years,
    })),
    highestQualification:
      p.qualificationCode !== null && p.qualificationEqf !== null
        ? { code: p.qualificationCode, eqf: p.qualificationEqf }
        : null,
    schoolLeaver: p.schoolType
      ? {
          schoolType: p.schoolType,
          exitProfile: p.exitProfile,
          expectedLeavingDate: p.expectedLeavingDate,
          certificates: p.schoolCertificates,
        }
      : null,
    currentEducation:
      p.educationCode !== null && p.educationEndDate !== null
        ? { code: p.educationCode, expectedEndDate: p.educationEndDate }
        : null,
    certificates: p.certificates,
    drivingLicences: p.drivingLicences,
    travelsIndependently: p.travelsIndependently,
    ownTransport: p.ownTransport,
    homeLocation:
      p.homeLat !== null && p.homeLon !== null && p.homeLabel !== null
        ? {
            postcode: p.homePostcode,
            place: p.homePlace,
            country: p.homeCountry ?? 'NL',
            label: p.homeLabel,
            lat: p.homeLat,
            lon: p.homeLon,
          }
        : null,
    maxTravelKm: p.maxTravelKm,
    hoursPerWeek:
      p.hoursMin !== null && p.hoursMax !== null ? { min: p.hoursMin, max: p.hoursMax } : null,
    availableNow: p.availableNow,
    availableFrom: p.availableFrom,
    availabilityConfirmedAt: p.availabilityConfirmedAt?.toISOString() ?? null,
    availability: availabilityStatus(p, isoDateOf(options.now)),
    languages: p.languages.map(({ language, level }) => ({ language, level })),
    willingToWorkInGermany: p.willingToWorkInGermany,
    targetGroups: { banenafspraak: p.banenafspraak, benefit: p.benefit },
    consent: consentViewOf(p),
    completeness: assessCompleteness(completenessFactsOf(p), options.now, options.policy),
    reviewFlaggedAt: p.reviewFlaggedAt?.toISOString() ?? null,
    lastActivityAt: p.lastActivityAt.toISOString(),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
  if (options.includeSupportNeeded) view.supportNeeded = p.supportNeeded;
  return view;
}

export function toCaseloadEntry(
  p: CaseloadRow,
  now: Date,
  policy: CompletenessPolicy,
): CaseloadEntryView {
  const completeness = assessCompleteness(p, now, policy);
  return {
    id: p.id,
    version: p.version,
    completenessScore: completeness.score,
    completenessBand: completeness.band,
    missing: completeness.missing,
    stale: completeness.stale,
    availability: availabilityStatus(p, isoDateOf(now)),
    employerVisible: isEmployerVisible(p),
    reviewFlaggedAt: p.reviewFlaggedAt?.toISOString() ?? null,
    lastActivityAt: p.lastActivityAt.toISOString(),
  };
}

export function toIdentityView(identity: JobSeekerIdentity): IdentityView {
  return {
    seekerId: identity.seekerId,
    givenName: identity.givenName,
    familyName: identity.familyName,
    email: identity.email,
    phone: identity.phone,
    clientReference: { system: identity.clientSystem, reference: identity.clientReference },
  };
}
