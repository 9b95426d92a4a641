import { components } from '../../api/registry';
import { labelOf, rememberLabel } from '../../api/taxonomy';

export type Vacancy = components['schemas']['VacancyResponseDto'];
export type CreateVacancy = components['schemas']['CreateVacancyDto'];
export type UpdateVacancy = components['schemas']['UpdateVacancyDto'];
export type Cefr = components['schemas']['LanguageRequirementDto']['level'];
export type ContractType = NonNullable<CreateVacancy['contractType']>;

export interface Concept {
  uri: string;
  label: string;
}

/** What the vacancy form holds: text as typed, so that the API (not the page) judges it. */
export interface VacancyFormState {
  title: string;
  description: string;
  language: 'nl' | 'de' | 'en';
  occupation: Concept | null;
  requiredSkills: Concept[];
  optionalSkills: Concept[];
  hoursMin: string;
  hoursMax: string;
  positions: string;
  contractType: ContractType | '';
  startDate: string;
  closingDate: string;
  country: 'NL' | 'DE';
  workPlace: string;
  workPostcode: string;
  languages: Array<{ language: string; level: Cefr }>;
  minimumQualificationCode: string;
  banenafspraakSuitable: boolean;
  banenafspraakReserved: boolean;
  jobcarving: boolean;
  supervisionOffered: boolean;
  supervision: string;
  openToSchoolLeavers: boolean;
}

/** The form's fields in the order they appear (the API's 400 names one of them). */
export const VACANCY_FIELDS = [
  'title',
  'description',
  'language',
  'occupationUri',
  'requiredSkills',
  'optionalSkills',
  'hoursMin',
  'hoursMax',
  'positions',
  'contractType',
  'startDate',
  'closingDate',
  'country',
  'workPlace',
  'workPostcode',
  'languages',
  'minimumQualificationCode',
  'banenafspraakSuitable',
  'banenafspraakReserved',
  'jobcarving',
  'supervisionOffered',
  'supervision',
  'openToSchoolLeavers',
] as const;

export const CONTRACT_TYPES: ContractType[] = [
  'permanent',
  'fixed-term',
  'temporary-agency',
  'on-call',
  'apprenticeship',
  'internship',
];

export function emptyForm(language: string): VacancyFormState {
  return {
    title: '',
    description: '',
    language: language === 'de' || language === 'en' ? language : 'nl',
    occupation: null,
    requiredSkills: [],
    optionalSkills: [],
    hoursMin: '',
    hoursMax: '',
    positions: '1',
    contractType: '',
    startDate: '',
    closingDate: '',
    country: language === 'de' ? 'DE' : 'NL',
    workPlace: '',
    workPostcode: '',
    languages: [],
    minimumQualificationCode: '',
    banenafspraakSuitable: false,
    banenafspraakReserved: false,
    jobcarving: false,
    supervisionOffered: false,
    supervision: '',
    openToSchoolLeavers: false,
  };
}

const concept = (uri: string, fallback: string): Concept => ({
  uri,
  label: labelOf(uri) ?? fallback,
});

export function formFromVacancy(v: Vacancy, unknownSkill: string): VacancyFormState {
  for (const s of v.skillSuggestions) rememberLabel(s.uri, s.label);
  if (v.occupationUri && v.occupationLabel) rememberLabel(v.occupationUri, v.occupationLabel);
  return {
    title: v.title,
    description: v.description,
    language: v.language,
    occupation: v.occupationUri
      ? { uri: v.occupationUri, label: v.occupationLabel ?? labelOf(v.occupationUri) ?? '' }
      : null,
    requiredSkills: v.requiredSkills.map((uri) => concept(uri, unknownSkill)),
    optionalSkills: v.optionalSkills.map((uri) => concept(uri, unknownSkill)),
    hoursMin: v.hoursMin?.toString() ?? '',
    hoursMax: v.hoursMax?.toString() ?? '',
    positions: String(v.positions),
    contractType: v.contractType ?? '',
    startDate: v.startDate ?? '',
    closingDate: v.closingDate ?? '',
    country: v.country,
    workPlace: v.workPlace ?? '',
    workPostcode: v.workPostcode ?? '',
    languages: v.languages,
    minimumQualificationCode: v.minimumQualificationCode ?? '',
    banenafspraakSuitable: v.banenafspraakSuitable,
    banenafspraakReserved: v.banenafspraakReserved,
    jobcarving: v.jobcarving,
    supervisionOffered: v.supervisionOffered,
    supervision: v.supervision ?? '',
    openToSchoolLeavers: v.openToSchoolLeavers,
  };
}

/** A number when the text is one; otherwise the text itself, for the API to refuse by name. */
const num = (text: string): number | undefined =>
  text.trim() === ''
    ? undefined
    : /^-?\d+([.,]\d+)?$/.test(text.trim())
      ? Number(text.trim().replace(',', '.'))
      : (text as unknown as number);
const opt = (text: string) => (text.trim() === '' ? undefined : text.trim());

/** The request body of `POST /vacancies` and `PATCH /vacancies/:id`. */
export function bodyOf(f: VacancyFormState): CreateVacancy {
  const dutch = f.country === 'NL';
  return {
    title: f.title,
    description: f.description,
    language: f.language,
    occupationUri: f.occupation?.uri,
    requiredSkills: f.requiredSkills.map((s) => s.uri),
    optionalSkills: f.optionalSkills.map((s) => s.uri),
    hoursMin: num(f.hoursMin),
    hoursMax: num(f.hoursMax),
    positions: num(f.positions) ?? 1,
    contractType: f.contractType || undefined,
    startDate: opt(f.startDate),
    closingDate: opt(f.closingDate),
    country: f.country,
    workPlace: opt(f.workPlace),
    workPostcode: opt(f.workPostcode),
    languages: f.languages,
    minimumQualificationCode: opt(f.minimumQualificationCode),
    // Dutch vacancies only: the banenafspraak has no standing in Germany.
    banenafspraakSuitable: dutch ? f.banenafspraakSuitable : false,
    banenafspraakReserved: dutch ? f.banenafspraakReserved : false,
    jobcarving: dutch ? f.jobcarving : false,
    supervisionOffered: dutch ? f.supervisionOffered : false,
    supervision: dutch && f.supervisionOffered ? opt(f.supervision) : undefined,
    openToSchoolLeavers: f.openToSchoolLeavers,
  };
}

/** The optional fields of the form that a change can clear. */
const CLEARABLE = [
  'occupationUri',
  'hoursMin',
  'hoursMax',
  'contractType',
  'startDate',
  'closingDate',
  'workPlace',
  'workPostcode',
  'minimumQualificationCode',
  'supervision',
] as const;

/**
 * The request body of `PATCH /vacancies/:id`: the form's fields, the country only while a draft,
 * and `null` for a saved value the employer emptied (left out, it would stay). What the form does
 * not show (a level given as EQF alone, by an import) is left as it is.
 */
export function changeOf(f: VacancyFormState, saved: Vacancy): UpdateVacancy {
  const { country, ...body } = bodyOf(f);
  const change: UpdateVacancy = saved.status === 'draft' ? { ...body, country } : body;
  for (const name of CLEARABLE) {
    if (change[name] === undefined && saved[name] != null) {
      (change as Record<string, unknown>)[name] = null;
    }
  }
  return change;
}

/** The skills a saved vacancy names, to look their labels up before the form opens. */
export const skillUrisOfVacancy = (v: Vacancy): string[] => [
  ...v.requiredSkills,
  ...v.optionalSkills,
];
