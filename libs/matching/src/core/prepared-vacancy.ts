import { cefrRank } from '@wt/taxonomy/levels';
import { NearOccupation, VacancyForMatching } from './matching.types';

/** A vacancy with the sets and numbers every candidate is compared against, built once per job. */
export interface PreparedVacancy {
  vacancy: VacancyForMatching;
  essential: Set<string>;
  optional: Set<string>;
  skillWeightTotal: number;
  certificates: Set<string>;
  drivingLicences: Set<string>;
  languages: Array<{ language: string; rank: number }>;
  startDay: number | null;
  isco3: string | null;
  isco2: string | null;
  /** The near occupations by URI (never the vacancy's own). */
  near: ReadonlyMap<string, NearOccupation>;
  /** cos(latitude) of the work location, for quick distance estimates; 1 without a location. */
  cosLat: number;
}

const DAY_MS = 86_400_000;

export function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(isoDate.slice(0, 10)) / DAY_MS);
}

export const ESSENTIAL_SKILL_WEIGHT = 2;
export const OPTIONAL_SKILL_WEIGHT = 1;

export function prepareVacancy(vacancy: VacancyForMatching): PreparedVacancy {
  const essential = new Set(vacancy.essentialSkills);
  const optional = new Set(vacancy.optionalSkills.filter((s) => !essential.has(s)));
  return {
    vacancy,
    essential,
    optional,
    skillWeightTotal:
      essential.size * ESSENTIAL_SKILL_WEIGHT + optional.size * OPTIONAL_SKILL_WEIGHT,
    certificates: new Set(vacancy.certificates.map(normaliseCode)),
    drivingLicences: new Set(vacancy.drivingLicences.map(normaliseCode)),
    languages: vacancy.languages.map((l) => ({
      language: l.language.toLowerCase(),
      rank: cefrRank(l.level),
    })),
    startDay: vacancy.startDate ? dayNumber(vacancy.startDate) : null,
    isco3: vacancy.isco ? vacancy.isco.slice(0, 3) : null,
    isco2: vacancy.isco ? vacancy.isco.slice(0, 2) : null,
    near: new Map(
      vacancy.nearOccupations
        .filter((n) => n.uri !== vacancy.occupationUri)
        .map((n) => [n.uri, n] as const),
    ),
    cosLat: vacancy.location ? Math.cos((vacancy.location.lat * Math.PI) / 180) : 1,
  };
}

/** Certificates and licences compare case- and punctuation-insensitively (`VCA-VOL` = `vca vol`). */
export function normaliseCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]+/g, '');
}
