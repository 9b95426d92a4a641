import type { CefrLevel } from '@wt/taxonomy';

export const COUNTRIES = ['NL', 'DE'] as const;
export type Country = (typeof COUNTRIES)[number];

/** draft -> published -> filled | closed | expired; a draft may also be closed (withdrawn). */
export const VACANCY_STATUSES = ['draft', 'published', 'filled', 'closed', 'expired'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

export const CONTRACT_TYPES = [
  'permanent',
  'fixed-term',
  'temporary-agency',
  'on-call',
  'apprenticeship',
  'internship',
] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

/** BBL and leerwerk trajectories are Dutch, the Ausbildung German. */
export const LEARNING_WORKING_KINDS = ['bbl', 'leerwerk', 'ausbildung'] as const;
export type LearningWorking = (typeof LEARNING_WORKING_KINDS)[number];

export { DRIVING_LICENCE_CATEGORIES } from '@wt/taxonomy';
export type { DrivingLicenceCategory } from '@wt/taxonomy';

/** Where the occupation came from: the poster, the title linker, or an adviser's correction. */
export type OccupationSource = 'given' | 'linked' | 'adviser';

/** `needed`: the occupation was linked from the title with too little confidence to trust. */
export type OccupationReview = 'needed';

/** A candidate occupation the linker ranked below the chosen one, for an adviser to pick. */
export interface OccupationAlternative {
  uri: string;
  label: string;
  score: number;
}

export type VacancySource = 'portal' | 'bulk' | 'ba-jobsuche' | 'demo';

/** The language the title and description are written in (for linking). */
export type TextLanguage = 'nl' | 'de' | 'en';

export interface LanguageRequirement {
  /** ISO 639-1 code, e.g. `de`. */
  language: string;
  level: CefrLevel;
}

export interface SkillSuggestion {
  uri: string;
  label: string;
  score: number;
  /** The words of the description the skill was recognised in. */
  matchedText: string;
}

/**
 * Who may see what: the region (advisers, admins), one employer organisation, or the published
 * vacancies only (coaches shortlisting for their job seekers). Every repository method takes one.
 */
export type VacancyScope =
  { kind: 'region' } | { kind: 'organisation'; organisationId: string } | { kind: 'published' };

/** The fields a poster sets; the DTOs of the HTTP app implement it. */
export interface VacancyInput {
  employerId?: string;
  title: string;
  description: string;
  language?: TextLanguage;
  occupationUri?: string;
  requiredSkills?: string[];
  optionalSkills?: string[];
  /** A code such as `NL:MBO-2` or `DE:AUSBILDUNG-3`; its EQF level is stored with it. */
  minimumQualificationCode?: string;
  /** An EQF level directly (0 = below EQF 1), or a check on the qualification's level. */
  minimumEqf?: number;
  hoursMin?: number;
  hoursMax?: number;
  contractType?: ContractType;
  /** ISO dates (YYYY-MM-DD). */
  startDate?: string;
  closingDate?: string;
  positions?: number;
  workPlace?: string;
  workPostcode?: string;
  country: Country;
  latitude?: number;
  longitude?: number;
  drivingLicences?: string[];
  certificates?: string[];
  languages?: LanguageRequirement[];
  banenafspraakSuitable?: boolean;
  banenafspraakReserved?: boolean;
  jobcarving?: boolean;
  supervisionOffered?: boolean;
  supervision?: string;
  openToSchoolLeavers?: boolean;
  learningWorking?: LearningWorking | null;
  recognitionRequired?: boolean;
}

/** A partial change; `null` clears an optional field. */
export type VacancyChanges = {
  [K in keyof VacancyInput]?: VacancyInput[K] | null;
};

/** A field and what is wrong with it, as the 400 answer names it. */
export interface FieldError {
  field: string;
  message: string;
}

export interface EmployerInput {
  name: string;
  country: Country;
  /** Dutch Chamber of Commerce number: 8 digits. Required for a Dutch employer. */
  kvkNumber?: string;
  /** German Handelsregister entry or another registration, for an employer without a KvK number. */
  foreignRegistration?: string;
  street?: string;
  postcode?: string;
  place: string;
  latitude?: number;
  longitude?: number;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
  /** Advisers may name the organisation (the tenant id in employer tokens); defaults to the id. */
  organisationId?: string;
}

export type EmployerChanges = {
  [K in Exclude<keyof EmployerInput, 'organisationId'>]?: EmployerInput[K] | null;
};
