import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type {
  Benefit,
  DrivingLicence,
  EducationCode,
  ExitProfile,
  HomeCountry,
  LanguageSkill,
  SchoolType,
  WantedOccupation,
  WorkExperience,
} from '../domain/job-seeker.types';

/**
 * A job seeker under a pseudonymous id: everything matching needs, and nothing that names the
 * person (that lives in {@link JobSeekerIdentity}). No BSN, here or anywhere.
 */
@Entity({ schema: 'job_seekers', name: 'profile' })
export class JobSeekerProfile {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text', name: 'coach_id' })
  coachId: string;

  /** Bumped by every change that affects matching; the `match-seeker` job id carries it. */
  @Column({ type: 'integer' })
  version: number;

  /** The latest version the queue took; lower than `version` means a re-match is still owed. */
  @Column({ type: 'integer', name: 'enqueued_version', default: 0 })
  enqueuedVersion: number;

  @Column({ type: 'jsonb', name: 'wanted_occupations', default: () => `'[]'` })
  wantedOccupations: WantedOccupation[];

  @Column({ type: 'text', name: 'wanted_occupation_text', nullable: true })
  wantedOccupationText: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  skills: string[];

  @Column({ type: 'jsonb', name: 'work_experience', default: () => `'[]'` })
  workExperience: WorkExperience[];

  @Column({ type: 'text', name: 'qualification_code', nullable: true })
  qualificationCode: string | null;

  @Column({ type: 'smallint', name: 'qualification_eqf', nullable: true })
  qualificationEqf: number | null;

  @Column({ type: 'text', name: 'school_type', nullable: true })
  schoolType: SchoolType | null;

  @Column({ type: 'text', name: 'exit_profile', nullable: true })
  exitProfile: ExitProfile | null;

  @Column({ type: 'date', name: 'expected_leaving_date', nullable: true })
  expectedLeavingDate: string | null;

  @Column({ type: 'text', name: 'school_certificates', array: true, default: () => `'{}'` })
  schoolCertificates: string[];

  @Column({ type: 'text', name: 'education_code', nullable: true })
  educationCode: EducationCode | null;

  @Column({ type: 'date', name: 'education_end_date', nullable: true })
  educationEndDate: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  certificates: string[];

  @Column({ type: 'text', name: 'driving_licences', array: true, default: () => `'{}'` })
  drivingLicences: DrivingLicence[];

  @Column({ type: 'boolean', name: 'travels_independently', nullable: true })
  travelsIndependently: boolean | null;

  @Column({ type: 'boolean', name: 'own_transport', nullable: true })
  ownTransport: boolean | null;

  @Column({ type: 'text', name: 'home_postcode', nullable: true })
  homePostcode: string | null;

  @Column({ type: 'text', name: 'home_place', nullable: true })
  homePlace: string | null;

  @Column({ type: 'text', name: 'home_country', nullable: true })
  homeCountry: HomeCountry | null;

  @Column({ type: 'text', name: 'home_label', nullable: true })
  homeLabel: string | null;

  @Column({ type: 'double precision', name: 'home_lat', nullable: true })
  homeLat: number | null;

  @Column({ type: 'double precision', name: 'home_lon', nullable: true })
  homeLon: number | null;

  @Column({ type: 'integer', name: 'max_travel_km', nullable: true })
  maxTravelKm: number | null;

  @Column({ type: 'smallint', name: 'hours_min', nullable: true })
  hoursMin: number | null;

  @Column({ type: 'smallint', name: 'hours_max', nullable: true })
  hoursMax: number | null;

  @Column({ type: 'boolean', name: 'available_now', nullable: true })
  availableNow: boolean | null;

  @Column({ type: 'date', name: 'available_from', nullable: true })
  availableFrom: string | null;

  @Column({ type: 'timestamptz', name: 'availability_confirmed_at', nullable: true })
  availabilityConfirmedAt: Date | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  languages: LanguageSkill[];

  @Column({ type: 'boolean', name: 'willing_to_work_in_germany', nullable: true })
  willingToWorkInGermany: boolean | null;

  /** Doelgroepregister membership: health data (GDPR art. 9), never employer-facing. */
  @Column({ type: 'boolean', name: 'banenafspraak', nullable: true })
  banenafspraak: boolean | null;

  @Column({ type: 'text', nullable: true })
  benefit: Benefit | null;

  /** Free text for coach and adviser only; never leaves this context. */
  @Column({ type: 'text', name: 'support_needed', nullable: true })
  supportNeeded: string | null;

  @Column({ type: 'boolean', name: 'consent_seeker', default: false })
  consentSeeker: boolean;

  /** The date the job seeker gave (or withdrew) consent, as the coach recorded it. */
  @Column({ type: 'date', name: 'consent_seeker_date', nullable: true })
  consentSeekerDate: string | null;

  @Column({ type: 'boolean', name: 'consent_coach', default: false })
  consentCoach: boolean;

  @Column({ type: 'timestamptz', name: 'consent_coach_at', nullable: true })
  consentCoachAt: Date | null;

  /** Any change by a person; reads do not count. Drives the retention review. */
  @Column({ type: 'timestamptz', name: 'last_activity_at' })
  lastActivityAt: Date;

  @Column({ type: 'timestamptz', name: 'review_flagged_at', nullable: true })
  reviewFlaggedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
