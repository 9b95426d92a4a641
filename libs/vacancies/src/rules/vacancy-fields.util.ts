import type {
  ContractType,
  Country,
  FieldError,
  LanguageRequirement,
  LearningWorking,
  TextLanguage,
  VacancyChanges,
  VacancyInput,
} from '../vacancy.types';

/** Every field a poster controls, resolved: what a vacancy row holds apart from bookkeeping. */
export interface VacancyFields {
  title: string;
  description: string;
  language: TextLanguage;
  occupationUri: string | null;
  requiredSkills: string[];
  optionalSkills: string[];
  minimumQualificationCode: string | null;
  minimumEqf: number | null;
  hoursMin: number | null;
  hoursMax: number | null;
  contractType: ContractType | null;
  startDate: string | null;
  closingDate: string | null;
  positions: number;
  workPlace: string | null;
  workPostcode: string | null;
  country: Country;
  latitude: number | null;
  longitude: number | null;
  drivingLicences: string[];
  certificates: string[];
  languages: LanguageRequirement[];
  banenafspraakSuitable: boolean;
  banenafspraakReserved: boolean;
  jobcarving: boolean;
  supervisionOffered: boolean;
  supervision: string | null;
  openToSchoolLeavers: boolean;
  learningWorking: LearningWorking | null;
  recognitionRequired: boolean;
}

export const VACANCY_FIELD_NAMES = [
  'title',
  'description',
  'language',
  'occupationUri',
  'requiredSkills',
  'optionalSkills',
  'minimumQualificationCode',
  'minimumEqf',
  'hoursMin',
  'hoursMax',
  'contractType',
  'startDate',
  'closingDate',
  'positions',
  'workPlace',
  'workPostcode',
  'country',
  'latitude',
  'longitude',
  'drivingLicences',
  'certificates',
  'languages',
  'banenafspraakSuitable',
  'banenafspraakReserved',
  'jobcarving',
  'supervisionOffered',
  'supervision',
  'openToSchoolLeavers',
  'learningWorking',
  'recognitionRequired',
] as const satisfies ReadonlyArray<keyof VacancyFields>;

/** The text language a vacancy is assumed to be written in when the poster does not say. */
export function defaultLanguage(country: Country): TextLanguage {
  return country === 'DE' ? 'de' : 'nl';
}

function emptyFields(
  input: Pick<VacancyInput, 'title' | 'description' | 'country'>,
): VacancyFields {
  return {
    title: input.title,
    description: input.description,
    language: defaultLanguage(input.country),
    occupationUri: null,
    requiredSkills: [],
    optionalSkills: [],
    minimumQualificationCode: null,
    minimumEqf: null,
    hoursMin: null,
    hoursMax: null,
    contractType: null,
    startDate: null,
    closingDate: null,
    positions: 1,
    workPlace: null,
    workPostcode: null,
    country: input.country,
    latitude: null,
    longitude: null,
    drivingLicences: [],
    certificates: [],
    languages: [],
    banenafspraakSuitable: false,
    banenafspraakReserved: false,
    jobcarving: false,
    supervisionOffered: false,
    supervision: null,
    openToSchoolLeavers: false,
    learningWorking: null,
    recognitionRequired: false,
  };
}

/** Fields that cannot be cleared: `null` in a change leaves them as they are. */
const REQUIRED_OR_DEFAULTED = new Set<keyof VacancyFields>([
  'title',
  'description',
  'language',
  'country',
  'positions',
  'requiredSkills',
  'optionalSkills',
  'drivingLicences',
  'certificates',
  'languages',
  'banenafspraakSuitable',
  'banenafspraakReserved',
  'jobcarving',
  'supervisionOffered',
  'openToSchoolLeavers',
  'recognitionRequired',
]);

/** The fields `null` clears in a change (the rest cannot be cleared). */
export const CLEARABLE_VACANCY_FIELDS = VACANCY_FIELD_NAMES.filter(
  (name) => !REQUIRED_OR_DEFAULTED.has(name),
);

/** A change that clears a field that cannot be cleared is refused, naming it (not ignored). */
export function checkClearing(changes: VacancyChanges): FieldError[] {
  return [...REQUIRED_OR_DEFAULTED]
    .filter((name) => changes[name as keyof VacancyChanges] === null)
    .map((name) => ({
      field: name,
      message: 'cannot be cleared; leave it out to keep it, or send its new value',
    }));
}

/**
 * Applies a change to resolved fields; `undefined` keeps a field, `null` clears it. The minimum
 * qualification is left alone here: {@link resolveMinimumQualification} decides it.
 */
export function applyChanges(base: VacancyFields, changes: VacancyChanges): VacancyFields {
  const next: Record<string, unknown> = { ...base };
  for (const name of VACANCY_FIELD_NAMES) {
    if (name === 'minimumQualificationCode' || name === 'minimumEqf') continue;
    const value = changes[name as keyof VacancyChanges];
    if (value === undefined) continue;
    if (value === null && REQUIRED_OR_DEFAULTED.has(name)) continue;
    next[name] = Array.isArray(value) ? [...value] : value;
  }
  if (changes.country && changes.language === undefined && base.country !== changes.country) {
    next.language = defaultLanguage(changes.country);
  }
  return normaliseFields(next as unknown as VacancyFields);
}

export function fieldsFromInput(input: VacancyInput): VacancyFields {
  return applyChanges(emptyFields(input), input);
}

/**
 * Consistent flags and tidy lists: a vacancy reserved for the banenafspraak or made by jobcarving
 * is suitable for it, a described supervision is offered; duplicates and blanks are dropped.
 */
export function normaliseFields(fields: VacancyFields): VacancyFields {
  const unique = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];
  return {
    ...fields,
    title: fields.title.trim(),
    description: fields.description.trim(),
    workPlace: fields.workPlace?.trim() || null,
    workPostcode: fields.workPostcode?.trim().toUpperCase() || null,
    supervision: fields.supervision?.trim() || null,
    requiredSkills: unique(fields.requiredSkills),
    optionalSkills: unique(fields.optionalSkills),
    drivingLicences: unique(fields.drivingLicences.map((c) => c.toUpperCase())),
    certificates: unique(fields.certificates),
    banenafspraakSuitable:
      fields.banenafspraakSuitable || fields.banenafspraakReserved || fields.jobcarving,
    supervisionOffered: fields.supervisionOffered || Boolean(fields.supervision?.trim()),
  };
}
