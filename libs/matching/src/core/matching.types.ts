import type { CefrLevel } from '@wt/taxonomy/levels';

export interface GeoPoint {
  lat: number;
  lon: number;
}

export type SchoolLeaverType = 'VSO' | 'PrO';
export type ExitProfile = 'vervolgonderwijs' | 'arbeidsmarkt' | 'dagbesteding';

/**
 * What the scorer may know of a job seeker. Deliberately no age, gender, nationality or health:
 * `banenafspraak` (doelgroepregister membership) only opens vacancies reserved for the target
 * group and is never a score input.
 */
export interface SeekerForMatching {
  id: string;
  version: number;
  /** Wanted occupations (ESCO URIs) with their ISCO-08 unit groups. */
  occupations: Array<{ uri: string; isco: string | null }>;
  experience: Array<{ uri: string; isco: string | null; years: number }>;
  skills: string[];
  /** Highest qualification as EQF (0 = below EQF 1); null when unknown. */
  eqf: number | null;
  qualification: string | null;
  home: GeoPoint | null;
  maxTravelKm: number | null;
  hoursMin: number | null;
  hoursMax: number | null;
  availableNow: boolean;
  /** ISO date. */
  availableFrom: string | null;
  languages: Array<{ language: string; level: CefrLevel }>;
  drivingLicences: string[];
  certificates: string[];
  willingToWorkInGermany: boolean;
  banenafspraak: boolean;
  schoolLeaver: {
    type: SchoolLeaverType;
    exitProfile: ExitProfile;
    leavingDate: string | null;
  } | null;
}

/** An occupation near the vacancy's own by their skills in ESCO (computed at taxonomy import). */
export interface NearOccupation {
  uri: string;
  /** In (0, 1]: weighted skill overlap, raised a little by the ISCO hierarchy. */
  similarity: number;
  /** Skills essential to both occupations. */
  sharedEssential: number;
  /** Essential skills of the vacancy's occupation. */
  essentialTotal: number;
}

export interface VacancyForMatching {
  id: string;
  version: number;
  occupationUri: string | null;
  isco: string | null;
  /**
   * The occupations near `occupationUri` (not itself), nearest first: a seeker who wants or did
   * one earns part of the occupation credit, even outside the ISCO group.
   */
  nearOccupations: NearOccupation[];
  essentialSkills: string[];
  optionalSkills: string[];
  /**
   * True when the vacancy lists no skills and `essentialSkills` are its occupation's essential
   * skills in ESCO: an employer who names only the occupation is taken to mean its usual skills.
   */
  skillsFromOccupation: boolean;
  minEqf: number | null;
  qualification: string | null;
  country: 'NL' | 'DE';
  location: GeoPoint | null;
  hoursMin: number | null;
  hoursMax: number | null;
  /** ISO date. */
  startDate: string | null;
  languages: Array<{ language: string; level: CefrLevel }>;
  drivingLicences: string[];
  certificates: string[];
  banenafspraakSuitable: boolean;
  banenafspraakReserved: boolean;
  jobcarving: boolean;
  supervision: boolean;
  openToSchoolLeavers: boolean;
  learningWorking: boolean;
  regulatedInGermany: boolean;
}

/** A readable text in each language the portal offers. */
export type Text = { nl: string; de: string; en: string };
export type TextLanguage = keyof Text;

/** Every knock-out check, in the order an explanation lists them (and insight its obstacles). */
export const KNOCK_OUT_CODES = [
  'reserved-banenafspraak',
  'not-job-matching',
  'level',
  'driving-licence',
  'certificate',
  'language',
  'germany-unwilling',
  'distance',
  'hours',
  'start-date',
] as const;
export type KnockOutCode = (typeof KNOCK_OUT_CODES)[number];

export interface KnockOut {
  code: KnockOutCode;
  reason: Text;
}

export type ComponentName =
  | 'occupation'
  | 'skills'
  | 'level'
  | 'distance'
  | 'hours'
  | 'availability'
  | 'experience'
  | 'support';

export interface ComponentScore {
  name: ComponentName;
  /** In [0, 1]. */
  value: number;
  weight: number;
  /** value x weight, rescaled so all points add up to the score. */
  points: number;
  detail: Text;
}

export interface Explanation {
  modelVersion: string;
  score: number;
  knockOuts: KnockOut[];
  /** The checks a candidate passed, so a reader sees what was tested. */
  passed: KnockOutCode[];
  components: ComponentScore[];
  skills: {
    matchedEssential: string[];
    missingEssential: string[];
    matchedOptional: string[];
    missingOptional: string[];
  };
  level: {
    seekerEqf: number | null;
    requiredEqf: number | null;
    seekerQualification: string | null;
    requiredQualification: string | null;
    verdict: 'below' | 'equal' | 'above' | 'unknown' | 'no-requirement';
  };
  distance: { km: number | null; maxKm: number | null; crossBorder: boolean };
  languages: Array<{ language: string; required: CefrLevel; have: CefrLevel | null; ok: boolean }>;
  notes: Text[];
}

export interface MatchResult {
  seekerId: string;
  vacancyId: string;
  score: number;
  knockedOut: boolean;
  explanation: Explanation;
}
