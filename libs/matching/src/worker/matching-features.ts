import type { MatchableSeeker } from '@wt/job-seekers';
import type { MatchableVacancy } from '@wt/vacancies';
import { SeekerForMatching, VacancyForMatching } from '../core';

/** A profile as the scorer sees it; `isco` maps occupation URIs to ISCO-08 unit groups. */
export function seekerFeatures(
  m: MatchableSeeker,
  isco: ReadonlyMap<string, string>,
): SeekerForMatching {
  return {
    id: m.id,
    version: m.version,
    occupations: m.wantedOccupations.map((uri) => ({ uri, isco: isco.get(uri) ?? null })),
    experience: m.workExperience.map((e) => ({
      uri: e.occupationUri,
      isco: isco.get(e.occupationUri) ?? null,
      years: e.years,
    })),
    skills: m.skills,
    eqf: m.qualificationEqf,
    qualification: m.qualificationCode,
    home: m.home ? { lat: m.home.lat, lon: m.home.lon } : null,
    maxTravelKm: m.maxTravelKm,
    hoursMin: m.hoursPerWeek?.min ?? null,
    hoursMax: m.hoursPerWeek?.max ?? null,
    availableNow: m.availableNow === true,
    availableFrom: m.availableFrom,
    languages: m.languages,
    drivingLicences: m.drivingLicences,
    certificates: m.certificates,
    willingToWorkInGermany: m.willingToWorkInGermany === true,
    banenafspraak: m.banenafspraak === true,
    schoolLeaver:
      m.schoolType && m.exitProfile
        ? { type: m.schoolType, exitProfile: m.exitProfile, leavingDate: m.expectedLeavingDate }
        : null,
  };
}

export function vacancyFeatures(m: MatchableVacancy): VacancyForMatching {
  return {
    id: m.id,
    version: m.version,
    occupationUri: m.occupationUri,
    isco: m.iscoGroup,
    essentialSkills: m.requiredSkills,
    optionalSkills: m.optionalSkills,
    minEqf: m.minimumEqf,
    qualification: m.minimumQualificationCode,
    country: m.country,
    location: m.location,
    hoursMin: m.hoursMin,
    hoursMax: m.hoursMax,
    startDate: m.startDate,
    languages: m.languages,
    drivingLicences: m.drivingLicences,
    certificates: m.certificates,
    banenafspraakSuitable: m.banenafspraakSuitable,
    banenafspraakReserved: m.banenafspraakReserved,
    jobcarving: m.jobcarving,
    supervision: m.supervisionOffered,
    openToSchoolLeavers: m.openToSchoolLeavers,
    learningWorking: m.learningWorking,
    regulatedInGermany: m.recognitionRequired,
  };
}

/** Every occupation URI a batch of profiles mentions, for one ISCO lookup. */
export function occupationUrisOf(seekers: readonly MatchableSeeker[]): string[] {
  return [
    ...new Set(
      seekers.flatMap((s) => [
        ...s.wantedOccupations,
        ...s.workExperience.map((e) => e.occupationUri),
      ]),
    ),
  ];
}
