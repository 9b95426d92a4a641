import type { AvailabilityStatus, Completeness, CompletenessBand } from './completeness';
import type {
  Benefit,
  ClientSystem,
  CurrentEducation,
  DrivingLicence,
  ExitProfile,
  HomeCountry,
  LanguageSkill,
  OccupationSource,
  SchoolType,
} from './job-seeker.types';

/** What the service hands out; the HTTP layer's response DTOs have exactly this shape. */

export interface ConceptView {
  uri: string;
  /** Dutch preferred label, when the loaded taxonomy has one. */
  label: string | null;
}

export interface WantedOccupationView extends ConceptView {
  source: OccupationSource;
}

export interface ConsentView {
  seeker: { given: boolean; date: string | null };
  coach: { given: boolean; at: string | null };
  /** Both switched on: the profile may appear in employer-facing results. */
  employerVisible: boolean;
}

export interface JobSeekerView {
  id: string;
  version: number;
  coachId: string;
  wantedOccupations: WantedOccupationView[];
  wantedOccupationText: string | null;
  skills: ConceptView[];
  workExperience: Array<{ occupation: ConceptView; years: number }>;
  highestQualification: { code: string; eqf: number } | null;
  schoolLeaver: {
    schoolType: SchoolType;
    exitProfile: ExitProfile | null;
    expectedLeavingDate: string | null;
    certificates: string[];
  } | null;
  currentEducation: CurrentEducation | null;
  certificates: string[];
  drivingLicences: DrivingLicence[];
  travelsIndependently: boolean | null;
  ownTransport: boolean | null;
  homeLocation: {
    postcode: string | null;
    place: string | null;
    country: HomeCountry;
    label: string;
    lat: number;
    lon: number;
  } | null;
  maxTravelKm: number | null;
  hoursPerWeek: { min: number; max: number } | null;
  availableNow: boolean | null;
  availableFrom: string | null;
  availabilityConfirmedAt: string | null;
  availability: AvailabilityStatus;
  languages: LanguageSkill[];
  willingToWorkInGermany: boolean | null;
  targetGroups: { banenafspraak: boolean | null; benefit: Benefit | null };
  /** Coach and adviser only; absent for anyone else. */
  supportNeeded?: string | null;
  consent: ConsentView;
  completeness: Completeness;
  reviewFlaggedAt: string | null;
  lastActivityAt: string;
  createdAt: string;
  updatedAt: string;
}

export interface IdentityView {
  seekerId: string;
  givenName: string;
  familyName: string;
  email: string | null;
  phone: string | null;
  clientReference: { system: ClientSystem; reference: string };
}

/** One line of a coach's caseload: pseudonymous (names come from the identity endpoint). */
export interface CaseloadPageRequest {
  /** 1-based. */
  page: number;
  pageSize: number;
}

/** A page of a caseload, oldest profile first. */
export interface CaseloadPage extends CaseloadPageRequest {
  items: CaseloadEntryView[];
  total: number;
}

export interface CaseloadEntryView {
  id: string;
  version: number;
  completenessScore: number;
  completenessBand: CompletenessBand;
  missing: string[];
  stale: string[];
  availability: AvailabilityStatus;
  employerVisible: boolean;
  reviewFlaggedAt: string | null;
  lastActivityAt: string;
}

export interface CaseloadOverview {
  coachId: string;
  total: number;
  byCompleteness: Record<CompletenessBand, number>;
  byAvailability: Record<AvailabilityStatus, number>;
  /** Of all, how many have an availability nobody confirmed recently. */
  availabilityStale: number;
  employerVisible: number;
  flaggedForReview: number;
  /** Fields missing most often across the caseload, most frequent first. */
  mostMissing: Array<{ field: string; count: number }>;
}

export interface TransferView {
  id: string;
  fromCoachId: string;
  toCoachId: string;
  version: number;
  consent: ConsentView;
}

export interface RetentionSweepView {
  inactiveDays: number;
  cutoff: string;
  flagged: number;
  seekerIds: string[];
}
