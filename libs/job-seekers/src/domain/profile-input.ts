import type {
  CurrentEducation,
  DrivingLicence,
  HomeCountry,
  HoursPerWeek,
  IdentityInput,
  LanguageSkill,
  SchoolLeaver,
  TargetGroups,
  WorkExperience,
} from './job-seeker.types';

export interface HomeLocationInput {
  postcode?: string | null;
  place?: string | null;
  country?: HomeCountry | null;
}

export interface QualificationInput {
  /** `NL:MBO-3`, `DE:AUSBILDUNG-3`, ...; the EQF level is looked up and stored with it. */
  code: string;
}

export interface SchoolLeaverInput extends Omit<
  SchoolLeaver,
  'exitProfile' | 'expectedLeavingDate' | 'certificates'
> {
  exitProfile?: SchoolLeaver['exitProfile'];
  expectedLeavingDate?: string | null;
  certificates?: string[] | null;
}

/**
 * The profile fields a coach sets. `undefined` leaves a field as it is, `null` clears it.
 * The HTTP layer validates shapes; the service checks what needs the taxonomy, geo or the
 * stored profile (unknown ESCO URIs, unknown places, min/max after a partial change).
 */
export interface ProfileInput {
  wantedOccupations?: string[] | null;
  /** Free text ("lasser", "heftruckchauffeur"), linked to an ESCO occupation by the taxonomy. */
  wantedOccupationText?: string | null;
  skills?: string[] | null;
  workExperience?: WorkExperience[] | null;
  highestQualification?: QualificationInput | null;
  schoolLeaver?: SchoolLeaverInput | null;
  currentEducation?: CurrentEducation | null;
  certificates?: string[] | null;
  drivingLicences?: DrivingLicence[] | null;
  travelsIndependently?: boolean | null;
  ownTransport?: boolean | null;
  homeLocation?: HomeLocationInput | null;
  maxTravelKm?: number | null;
  hoursPerWeek?: HoursPerWeek | null;
  availableNow?: boolean | null;
  availableFrom?: string | null;
  languages?: LanguageSkill[] | null;
  willingToWorkInGermany?: boolean | null;
  targetGroups?: TargetGroups | null;
  supportNeeded?: string | null;
}

export interface CreateJobSeekerInput extends ProfileInput {
  identity: IdentityInput;
}

export type IdentityChanges = Partial<IdentityInput>;

export interface ConsentInput {
  /** The job seeker's own consent, recorded by the coach. */
  seeker?: { given: boolean; date?: string | null };
  /** The coach's switch. */
  coach?: { given: boolean };
}
