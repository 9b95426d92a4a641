import type { MatchableSeeker } from '@wt/job-seekers';
import type { MatchableVacancy } from '@wt/vacancies';
import { Injectable } from '@nestjs/common';
import { TaxonomyService } from '@wt/taxonomy';
import { NearOccupation, SeekerForMatching, VacancyForMatching } from '../core';

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

/** Whether a vacancy's skills come from its occupation: it lists none of its own. */
const listsNoSkills = (m: MatchableVacancy) =>
  m.occupationUri !== null && m.requiredSkills.length === 0 && m.optionalSkills.length === 0;

/**
 * A vacancy as the scorer sees it. `occupationSkills` (the occupation's essential skills in
 * ESCO) stand in for the skills when the vacancy lists none; `near` are the occupations near its
 * own by their skills.
 */
export function vacancyFeatures(
  m: MatchableVacancy,
  occupationSkills: readonly string[] = [],
  near: readonly NearOccupation[] = [],
): VacancyForMatching {
  const fromOccupation = listsNoSkills(m) && occupationSkills.length > 0;
  return {
    id: m.id,
    version: m.version,
    occupationUri: m.occupationUri,
    isco: m.iscoGroup,
    nearOccupations: m.occupationUri ? [...near] : [],
    essentialSkills: fromOccupation ? [...occupationSkills] : m.requiredSkills,
    optionalSkills: m.optionalSkills,
    skillsFromOccupation: fromOccupation,
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

/** Vacancies as the scorer sees them, with one taxonomy lookup per batch. */
@Injectable()
export class VacancyFeatures {
  constructor(private readonly taxonomy: TaxonomyService) {}

  /** `fresh`: look for a newer taxonomy import now (a full re-match after one). */
  async of(
    vacancies: readonly MatchableVacancy[],
    options: { fresh?: boolean } = {},
  ): Promise<VacancyForMatching[]> {
    const skills = await this.taxonomy.essentialSkillsOf([
      ...new Set(vacancies.filter(listsNoSkills).map((v) => v.occupationUri!)),
    ]);
    const near = await this.taxonomy.nearOccupationsOf(
      vacancies.map((v) => v.occupationUri),
      options,
    );
    return vacancies.map((v) =>
      vacancyFeatures(
        v,
        v.occupationUri ? skills.get(v.occupationUri) : undefined,
        v.occupationUri ? near.get(v.occupationUri) : undefined,
      ),
    );
  }

  async one(vacancy: MatchableVacancy): Promise<VacancyForMatching> {
    const [features] = await this.of([vacancy]);
    return features;
  }
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
