import { DRIVING_LICENCE_CATEGORIES } from '@wt/taxonomy';
import type { CefrLevel, DrivingLicenceCategory } from '@wt/taxonomy';

/** VSO (special secondary education) or PrO (praktijkonderwijs). */
export const SCHOOL_TYPES = ['VSO', 'PrO'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

/** The three VSO exit profiles; dagbesteding means day activities, not job matching. */
export const EXIT_PROFILES = ['vervolgonderwijs', 'arbeidsmarkt', 'dagbesteding'] as const;
export type ExitProfile = (typeof EXIT_PROFILES)[number];

/** The benefit a job seeker receives, if any. */
export const BENEFITS = ['participatiewet', 'ww', 'wajong', 'none'] as const;
export type Benefit = (typeof BENEFITS)[number];

/** EU driving licence categories, plus the Dutch T (tractor): one list for the whole engine. */
export const DRIVING_LICENCES = DRIVING_LICENCE_CATEGORIES;
export type DrivingLicence = DrivingLicenceCategory;

/** Whose client record `clientReference` points into: UWV or one of the 14 Twente municipalities. */
export const CLIENT_SYSTEMS = [
  'uwv',
  'almelo',
  'borne',
  'dinkelland',
  'enschede',
  'haaksbergen',
  'hellendoorn',
  'hengelo',
  'hof-van-twente',
  'losser',
  'oldenzaal',
  'rijssen-holten',
  'tubbergen',
  'twenterand',
  'wierden',
] as const;
export type ClientSystem = (typeof CLIENT_SYSTEMS)[number];

export const HOME_COUNTRIES = ['NL', 'DE'] as const;
export type HomeCountry = (typeof HOME_COUNTRIES)[number];

export type OccupationSource = 'coach' | 'linked';

export interface WantedOccupation {
  uri: string;
  /** `linked`: found by the taxonomy linker in the coach's free text. */
  source: OccupationSource;
}

export interface WorkExperience {
  occupationUri: string;
  years: number;
}

export interface LanguageSkill {
  /** ISO 639-1 code: nl, de, en, ... */
  language: string;
  level: CefrLevel;
}

export interface SchoolLeaver {
  schoolType: SchoolType;
  exitProfile: ExitProfile | null;
  /** ISO date (YYYY-MM-DD). */
  expectedLeavingDate: string | null;
  certificates: string[];
}

/** The MBO levels a course in progress can have; a leaver of the coming year is counted by insight. */
export const EDUCATION_CODES = ['NL:MBO-1', 'NL:MBO-2', 'NL:MBO-3', 'NL:MBO-4'] as const;
export type EducationCode = (typeof EDUCATION_CODES)[number];

/** The MBO course a job seeker follows now: not a target group, unlike a VSO/PrO school leaver. */
export interface CurrentEducation {
  code: EducationCode;
  /** ISO date (YYYY-MM-DD) the course is expected to end. */
  expectedEndDate: string;
}

export interface HomeLocation {
  /** PC4 only: distances need no more, and a full postcode narrows a person down too far. */
  postcode: string | null;
  place: string | null;
  country: HomeCountry;
  lat: number;
  lon: number;
  label: string;
}

export interface HoursPerWeek {
  min: number;
  max: number;
}

export interface TargetGroups {
  /** Registered in the doelgroepregister (banenafspraak). Health data: never employer-facing. */
  banenafspraak: boolean;
  benefit: Benefit | null;
}

export interface ClientReference {
  system: ClientSystem;
  reference: string;
}

/** Identity and contact details: coach of the caseload (and an adviser at introduction) only. */
export interface IdentityInput {
  givenName: string;
  familyName: string;
  email?: string | null;
  phone?: string | null;
  clientReference: ClientReference;
}
