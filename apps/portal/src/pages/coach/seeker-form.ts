import { labelOf, rememberLabel } from '../../api/taxonomy';
import type { Concept } from '../../components/ConceptList';
import type { CreateJobSeeker, JobSeeker, UpdateJobSeeker } from '../../api/seekers';

export type Cefr = JobSeeker['languages'][number]['level'];
export type Licence = JobSeeker['drivingLicences'][number];
export type Tri = '' | 'yes' | 'no';
export type Benefit = 'participatiewet' | 'ww' | 'wajong' | 'none';
export type ClientSystem = CreateJobSeeker['identity']['clientReference']['system'];
export type EducationCode = NonNullable<JobSeeker['currentEducation']>['code'];

/** The profile form as typed: the API, not the page, judges the values. */
export interface SeekerFormState {
  givenName: string;
  familyName: string;
  email: string;
  phone: string;
  clientSystem: ClientSystem;
  clientReference: string;
  wantedOccupations: Concept[];
  wantedOccupationText: string;
  skills: Concept[];
  highestQualification: string;
  schoolType: '' | 'VSO' | 'PrO';
  exitProfile: '' | 'vervolgonderwijs' | 'arbeidsmarkt' | 'dagbesteding';
  expectedLeavingDate: string;
  /** The MBO course followed now and the day it should end. */
  educationCode: EducationCode | '';
  educationEndDate: string;
  certificates: string;
  drivingLicences: Licence[];
  travelsIndependently: Tri;
  ownTransport: Tri;
  postcode: string;
  place: string;
  homeCountry: 'NL' | 'DE';
  maxTravelKm: string;
  hoursMin: string;
  hoursMax: string;
  availableNow: Tri;
  availableFrom: string;
  languages: Array<{ language: string; level: Cefr }>;
  willingToWorkInGermany: Tri;
  banenafspraak: boolean;
  benefit: Benefit | '';
  supportNeeded: string;
}

/** The form's fields in page order: the API's 400 names one of them. */
export const SEEKER_FIELDS = [
  'identity',
  'wantedOccupations',
  'wantedOccupationText',
  'skills',
  'highestQualification',
  'schoolLeaver',
  'currentEducation',
  'certificates',
  'drivingLicences',
  'travelsIndependently',
  'ownTransport',
  'homeLocation',
  'maxTravelKm',
  'hoursPerWeek',
  'availableNow',
  'availableFrom',
  'languages',
  'willingToWorkInGermany',
  'targetGroups',
  'supportNeeded',
] as const;

/** Completeness names fields as the API does; this maps them to the form's field. */
export const COMPLETENESS_FIELD: Record<string, (typeof SEEKER_FIELDS)[number]> = {
  highestQualification: 'highestQualification',
  availability: 'availableNow',
  wantedOccupations: 'wantedOccupations',
  skills: 'skills',
  homeLocation: 'homeLocation',
  hoursPerWeek: 'hoursPerWeek',
  maxTravelKm: 'maxTravelKm',
  languages: 'languages',
  travelsIndependently: 'travelsIndependently',
  willingToWorkInGermany: 'willingToWorkInGermany',
  'schoolLeaver.exitProfile': 'schoolLeaver',
  'schoolLeaver.expectedLeavingDate': 'schoolLeaver',
};

export const EDUCATION_CODES: EducationCode[] = ['NL:MBO-1', 'NL:MBO-2', 'NL:MBO-3', 'NL:MBO-4'];
/** Every category the API takes (the EU's), in their usual order: a missing one fails to compile. */
const LICENCE_CATEGORIES = {
  AM: true,
  A1: true,
  A2: true,
  A: true,
  B: true,
  BE: true,
  C1: true,
  C1E: true,
  C: true,
  CE: true,
  D1: true,
  D1E: true,
  D: true,
  DE: true,
  T: true,
} as const satisfies Record<Licence, true>;
export const LICENCES = Object.keys(LICENCE_CATEGORIES) as Licence[];
export const CLIENT_SYSTEMS: ClientSystem[] = [
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
];

const tri = (value: boolean | null | undefined): Tri =>
  value === true ? 'yes' : value === false ? 'no' : '';
const fromTri = (value: Tri): boolean | null =>
  value === 'yes' ? true : value === 'no' ? false : null;
const int = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));
const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

export function emptySeekerForm(): SeekerFormState {
  return {
    givenName: '',
    familyName: '',
    email: '',
    phone: '',
    clientSystem: 'uwv',
    clientReference: '',
    wantedOccupations: [],
    wantedOccupationText: '',
    skills: [],
    highestQualification: '',
    schoolType: '',
    exitProfile: '',
    expectedLeavingDate: '',
    educationCode: '',
    educationEndDate: '',
    certificates: '',
    drivingLicences: [],
    travelsIndependently: '',
    ownTransport: '',
    postcode: '',
    place: '',
    homeCountry: 'NL',
    maxTravelKm: '',
    hoursMin: '',
    hoursMax: '',
    availableNow: '',
    availableFrom: '',
    languages: [],
    willingToWorkInGermany: '',
    banenafspraak: false,
    benefit: '',
    supportNeeded: '',
  };
}

export function formFromSeeker(s: JobSeeker, unknownLabel: string): SeekerFormState {
  // A label looked up in the page's language first (the profile service labels in Dutch).
  const concept = (c: { uri: string; label: string | null }): Concept => {
    const label = labelOf(c.uri) ?? c.label;
    if (label) rememberLabel(c.uri, label);
    return { uri: c.uri, label: label ?? unknownLabel };
  };
  return {
    ...emptySeekerForm(),
    wantedOccupations: s.wantedOccupations.map(concept),
    wantedOccupationText: s.wantedOccupationText ?? '',
    skills: s.skills.map(concept),
    highestQualification: s.highestQualification?.code ?? '',
    schoolType: s.schoolLeaver?.schoolType ?? '',
    exitProfile: s.schoolLeaver?.exitProfile ?? '',
    expectedLeavingDate: s.schoolLeaver?.expectedLeavingDate ?? '',
    educationCode: s.currentEducation?.code ?? '',
    educationEndDate: s.currentEducation?.expectedEndDate ?? '',
    certificates: s.certificates.join(', '),
    drivingLicences: s.drivingLicences,
    travelsIndependently: tri(s.travelsIndependently),
    ownTransport: tri(s.ownTransport),
    postcode: s.homeLocation?.postcode ?? '',
    place: s.homeLocation?.place ?? '',
    homeCountry: s.homeLocation?.country ?? 'NL',
    maxTravelKm: s.maxTravelKm?.toString() ?? '',
    hoursMin: s.hoursPerWeek?.min.toString() ?? '',
    hoursMax: s.hoursPerWeek?.max.toString() ?? '',
    availableNow: tri(s.availableNow),
    availableFrom: s.availableFrom ?? '',
    languages: s.languages.map((l) => ({ language: l.language, level: l.level })),
    willingToWorkInGermany: tri(s.willingToWorkInGermany),
    banenafspraak: s.targetGroups.banenafspraak === true,
    benefit: s.targetGroups.benefit ?? '',
    supportNeeded: s.supportNeeded ?? '',
  };
}

/** The profile fields of a body (PATCH: null clears a field). Numbers stay as typed for the API to judge. */
export function profileBody(f: SeekerFormState): UpdateJobSeeker {
  const homeGiven = f.postcode.trim() !== '' || f.place.trim() !== '';
  const body = {
    wantedOccupations: f.wantedOccupations.map((c) => c.uri),
    ...(f.wantedOccupationText.trim()
      ? { wantedOccupationText: f.wantedOccupationText.trim() }
      : {}),
    skills: f.skills.map((c) => c.uri),
    highestQualification: f.highestQualification ? { code: f.highestQualification } : null,
    schoolLeaver: f.schoolType
      ? {
          schoolType: f.schoolType,
          exitProfile: f.exitProfile || null,
          expectedLeavingDate: orNull(f.expectedLeavingDate),
        }
      : null,
    // Without its date the API answers 400 naming currentEducation.expectedEndDate.
    currentEducation: f.educationCode
      ? { code: f.educationCode, expectedEndDate: f.educationEndDate.trim() }
      : null,
    certificates: f.certificates
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean),
    drivingLicences: f.drivingLicences,
    travelsIndependently: fromTri(f.travelsIndependently),
    ownTransport: fromTri(f.ownTransport),
    homeLocation: homeGiven
      ? { postcode: orNull(f.postcode), place: orNull(f.place), country: f.homeCountry }
      : null,
    maxTravelKm: int(f.maxTravelKm),
    hoursPerWeek:
      f.hoursMin.trim() || f.hoursMax.trim()
        ? { min: int(f.hoursMin), max: int(f.hoursMax) }
        : null,
    availableNow: fromTri(f.availableNow),
    availableFrom: orNull(f.availableFrom),
    languages: f.languages,
    willingToWorkInGermany: fromTri(f.willingToWorkInGermany),
    targetGroups:
      f.benefit || f.banenafspraak
        ? { banenafspraak: f.banenafspraak, benefit: f.benefit || 'none' }
        : null,
    supportNeeded: orNull(f.supportNeeded),
  };
  // The generated types say Record<string, never> for nullable scalars; the API takes these values.
  return body as unknown as UpdateJobSeeker;
}

export function createBody(f: SeekerFormState): CreateJobSeeker {
  return {
    ...profileBody(f),
    identity: {
      givenName: f.givenName,
      familyName: f.familyName,
      email: orNull(f.email),
      phone: orNull(f.phone),
      clientReference: { system: f.clientSystem, reference: f.clientReference },
    },
  } as unknown as CreateJobSeeker;
}

/** The occupations and skills a saved profile names, to look their labels up before the form opens. */
export const conceptUrisOfSeeker = (s: JobSeeker): string[] => [
  ...s.wantedOccupations.map((c) => c.uri),
  ...s.skills.map((c) => c.uri),
];
