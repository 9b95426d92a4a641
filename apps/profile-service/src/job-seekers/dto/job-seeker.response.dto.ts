import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AVAILABILITY_STATUSES,
  AvailabilityStatus,
  Benefit,
  BENEFITS,
  CLIENT_SYSTEMS,
  ClientSystem,
  COMPLETENESS_BANDS,
  CompletenessBand,
  DRIVING_LICENCES,
  DrivingLicence,
  EDUCATION_CODES,
  EducationCode,
  EXIT_PROFILES,
  ExitProfile,
  HOME_COUNTRIES,
  HomeCountry,
  IdentityView,
  JobSeekerView,
  OccupationSource,
  SCHOOL_TYPES,
  SchoolType,
} from '@wt/job-seekers';
import { CEFR_LEVELS, CefrLevel } from '@wt/taxonomy';

export class ConceptResponse {
  @ApiProperty() uri: string;
  @ApiProperty({ nullable: true, type: String }) label: string | null;
}

export class WantedOccupationResponse extends ConceptResponse {
  @ApiProperty({ enum: ['coach', 'linked'] }) source: OccupationSource;
}

export class WorkExperienceResponse {
  @ApiProperty({ type: ConceptResponse }) occupation: ConceptResponse;
  @ApiProperty() years: number;
}

export class QualificationResponse {
  @ApiProperty({ example: 'NL:MBO-3' }) code: string;
  @ApiProperty({ minimum: 0, maximum: 8, example: 3 }) eqf: number;
}

export class SchoolLeaverResponse {
  @ApiProperty({ enum: SCHOOL_TYPES }) schoolType: SchoolType;
  @ApiProperty({ enum: EXIT_PROFILES, nullable: true }) exitProfile: ExitProfile | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) expectedLeavingDate: string | null;
  @ApiProperty({ type: [String] }) certificates: string[];
}

export class CurrentEducationResponse {
  @ApiProperty({ enum: EDUCATION_CODES }) code: EducationCode;
  @ApiProperty({ format: 'date', type: String }) expectedEndDate: string;
}

export class HomeLocationResponse {
  @ApiProperty({ nullable: true, type: String, description: 'PC4 area only' }) postcode:
    string | null;
  @ApiProperty({ nullable: true, type: String }) place: string | null;
  @ApiProperty({ enum: HOME_COUNTRIES }) country: HomeCountry;
  @ApiProperty() label: string;
  @ApiProperty() lat: number;
  @ApiProperty() lon: number;
}

export class HoursResponse {
  @ApiProperty() min: number;
  @ApiProperty() max: number;
}

export class LanguageResponse {
  @ApiProperty() language: string;
  @ApiProperty({ enum: CEFR_LEVELS }) level: CefrLevel;
}

export class TargetGroupsResponse {
  @ApiProperty({ nullable: true, type: Boolean }) banenafspraak: boolean | null;
  @ApiProperty({ enum: BENEFITS, nullable: true }) benefit: Benefit | null;
}

export class SeekerConsentResponse {
  @ApiProperty() given: boolean;
  @ApiProperty({ format: 'date', nullable: true, type: String }) date: string | null;
}

export class CoachConsentResponse {
  @ApiProperty() given: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) at: string | null;
}

export class ConsentResponse {
  @ApiProperty({ type: SeekerConsentResponse }) seeker: SeekerConsentResponse;
  @ApiProperty({ type: CoachConsentResponse }) coach: CoachConsentResponse;
  @ApiProperty({ description: 'double opt-in: both on' }) employerVisible: boolean;
}

export class CompletenessResponse {
  @ApiProperty({ minimum: 0, maximum: 100 }) score: number;
  @ApiProperty({ enum: COMPLETENESS_BANDS }) band: CompletenessBand;
  @ApiProperty({ type: [String], example: ['highestQualification', 'availability'] })
  missing: string[];
  @ApiProperty({ type: [String], example: ['availability'] }) stale: string[];
}

/** A job-seeker profile as the coach (or an adviser with a reason) sees it. No identity here. */
export class JobSeekerResponse implements JobSeekerView {
  @ApiProperty({ format: 'uuid', description: 'pseudonymous id' }) id: string;
  @ApiProperty({ description: 'bumped by every change that affects matching' }) version: number;
  @ApiProperty() coachId: string;
  @ApiProperty({ type: [WantedOccupationResponse] }) wantedOccupations: WantedOccupationResponse[];
  @ApiProperty({ nullable: true, type: String }) wantedOccupationText: string | null;
  @ApiProperty({ type: [ConceptResponse] }) skills: ConceptResponse[];
  @ApiProperty({ type: [WorkExperienceResponse] }) workExperience: WorkExperienceResponse[];
  @ApiProperty({ type: QualificationResponse, nullable: true })
  highestQualification: QualificationResponse | null;
  @ApiProperty({ type: SchoolLeaverResponse, nullable: true })
  schoolLeaver: SchoolLeaverResponse | null;
  @ApiProperty({
    type: CurrentEducationResponse,
    nullable: true,
    description: 'the MBO course followed now (not a target group)',
  })
  currentEducation: CurrentEducationResponse | null;
  @ApiProperty({ type: [String] }) certificates: string[];
  @ApiProperty({ enum: DRIVING_LICENCES, isArray: true }) drivingLicences: DrivingLicence[];
  @ApiProperty({ nullable: true, type: Boolean }) travelsIndependently: boolean | null;
  @ApiProperty({ nullable: true, type: Boolean }) ownTransport: boolean | null;
  @ApiProperty({ type: HomeLocationResponse, nullable: true })
  homeLocation: HomeLocationResponse | null;
  @ApiProperty({ nullable: true, type: Number }) maxTravelKm: number | null;
  @ApiProperty({ type: HoursResponse, nullable: true }) hoursPerWeek: HoursResponse | null;
  @ApiProperty({ nullable: true, type: Boolean }) availableNow: boolean | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) availableFrom: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  availabilityConfirmedAt: string | null;
  @ApiProperty({ enum: AVAILABILITY_STATUSES }) availability: AvailabilityStatus;
  @ApiProperty({ type: [LanguageResponse] }) languages: LanguageResponse[];
  @ApiProperty({ nullable: true, type: Boolean }) willingToWorkInGermany: boolean | null;
  @ApiProperty({ type: TargetGroupsResponse }) targetGroups: TargetGroupsResponse;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'coach and adviser only' })
  supportNeeded?: string | null;
  @ApiProperty({ type: ConsentResponse }) consent: ConsentResponse;
  @ApiProperty({ type: CompletenessResponse }) completeness: CompletenessResponse;
  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  reviewFlaggedAt: string | null;
  @ApiProperty({ format: 'date-time' }) lastActivityAt: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ClientReferenceResponse {
  @ApiProperty({ enum: CLIENT_SYSTEMS }) system: ClientSystem;
  @ApiProperty() reference: string;
}

/** Identity and contact details: the coach, or an adviser at introduction time. */
export class IdentityResponse implements IdentityView {
  @ApiProperty({ format: 'uuid' }) seekerId: string;
  @ApiProperty() givenName: string;
  @ApiProperty() familyName: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty({ type: ClientReferenceResponse }) clientReference: ClientReferenceResponse;
}
