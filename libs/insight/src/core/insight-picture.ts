import type { SeekerSummary } from '@wt/job-seekers';
import type { VacancySummary } from '@wt/vacancies';
import { areaOf } from './areas';

/** How finely occupations are grouped: ISCO-08 sub-major (2), minor (3), unit (4), or ESCO. */
export const GROUP_LEVELS = ['sub-major', 'minor', 'unit', 'occupation'] as const;
export type GroupLevel = (typeof GROUP_LEVELS)[number];

const ISCO_DIGITS: Record<Exclude<GroupLevel, 'occupation'>, number> = {
  'sub-major': 2,
  minor: 3,
  unit: 4,
};

/** Months ahead in which a job seeker counts as available soon. */
export const AVAILABLE_SOON_MONTHS = 3;

export interface InsightVacancy {
  id: string;
  title: string;
  occupationUri: string | null;
  /** ISCO-08 unit group (4 digits). */
  isco: string | null;
  area: string | null;
  minEqf: number | null;
  positions: number;
  publishedAt: Date | null;
  learningWorking: boolean;
  openToSchoolLeavers: boolean;
}

export interface InsightSeeker {
  id: string;
  area: string | null;
  eqf: number | null;
  availableNow: boolean;
  /** Available now or within {@link AVAILABLE_SOON_MONTHS} months. */
  availableSoon: boolean;
  /** Wanted occupations with their ISCO unit groups. */
  occupations: Array<{ uri: string; isco: string | null }>;
  /** Occupations of the work experience. */
  worked: string[];
  schoolType: SeekerSummary['schoolType'];
  exitProfile: SeekerSummary['exitProfile'];
  expectedLeavingDate: string | null;
  educationEndDate: string | null;
}

/** What every figure is computed from: open vacancies and job seekers, read through their services. */
export interface InsightPicture {
  today: string;
  vacancies: InsightVacancy[];
  seekers: InsightSeeker[];
  /** Occupation URI -> ISCO-08 unit group. */
  isco: ReadonlyMap<string, string>;
}

export function buildPicture(
  today: string,
  vacancies: readonly VacancySummary[],
  seekers: readonly SeekerSummary[],
  isco: ReadonlyMap<string, string>,
): InsightPicture {
  const soon = addMonths(today, AVAILABLE_SOON_MONTHS);
  return {
    today,
    isco,
    vacancies: vacancies.map((v) => ({
      id: v.id,
      title: v.title,
      occupationUri: v.occupationUri,
      isco: v.iscoGroup ?? (v.occupationUri ? (isco.get(v.occupationUri) ?? null) : null),
      area: areaOf(v.location),
      minEqf: v.minimumEqf,
      positions: v.positions,
      publishedAt: v.publishedAt,
      learningWorking: v.learningWorking,
      openToSchoolLeavers: v.openToSchoolLeavers,
    })),
    seekers: seekers.map((s) => {
      const availableNow = s.availableNow === true;
      return {
        id: s.id,
        area: areaOf(s.home),
        eqf: s.qualificationEqf,
        availableNow,
        availableSoon: availableNow || (s.availableFrom !== null && s.availableFrom <= soon),
        occupations: s.wantedOccupations.map((uri) => ({ uri, isco: isco.get(uri) ?? null })),
        worked: s.workedOccupations,
        schoolType: s.schoolType,
        exitProfile: s.exitProfile,
        expectedLeavingDate: s.expectedLeavingDate,
        educationEndDate: s.educationEndDate,
      };
    }),
  };
}

/** The group key of an occupation at `level`, or null when its ISCO group is unknown. */
export function groupOf(
  level: GroupLevel,
  occupationUri: string | null,
  isco: string | null,
): string | null {
  if (level === 'occupation') return occupationUri;
  return isco && isco.length >= 4 ? isco.slice(0, ISCO_DIGITS[level]) : null;
}

/** ISO date `months` calendar months after `iso` (clamped to the month's last day). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}
