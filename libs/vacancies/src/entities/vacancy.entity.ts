import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type {
  ContractType,
  Country,
  LanguageRequirement,
  LearningWorking,
  OccupationAlternative,
  OccupationReview,
  OccupationSource,
  SkillSuggestion,
  TextLanguage,
  VacancySource,
  VacancyStatus,
} from '../vacancy.types';
import { EmployerEntity } from './employer.entity';

/** A vacancy of the region. `version` counts the changes that matter to matching. */
@Entity({ schema: 'vacancies', name: 'vacancy' })
export class VacancyEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid', name: 'employer_id' })
  employerId: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employer_id' })
  employer?: EmployerEntity;

  /** The employer's organisation, repeated here so every scoped query is one index lookup. */
  @Column({ type: 'text', name: 'organisation_id' })
  organisationId: string;

  @Column({ type: 'text' })
  status: VacancyStatus;

  @Column({ type: 'integer' })
  version: number;

  /** The highest version whose `match-vacancy` job reached the queue; behind means retry. */
  @Column({ type: 'integer', name: 'enqueued_version' })
  enqueuedVersion: number;

  /** Counts every write, for optimistic locking; `version` counts only what matters to matching. */
  @Column({ type: 'integer' })
  revision: number;

  @Column({ type: 'text' })
  source: VacancySource;

  @Column({ type: 'text', name: 'external_ref', nullable: true })
  externalRef: string | null;

  @Column({ type: 'text' })
  language: TextLanguage;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', name: 'occupation_uri', nullable: true })
  occupationUri: string | null;

  @Column({ type: 'text', name: 'occupation_label', nullable: true })
  occupationLabel: string | null;

  @Column({ type: 'text', name: 'occupation_source', nullable: true })
  occupationSource: OccupationSource | null;

  /** The linker's score in [0, 1] when the occupation was linked from the title. */
  @Column({ type: 'real', name: 'occupation_confidence', nullable: true })
  occupationConfidence: number | null;

  @Column({ type: 'text', name: 'occupation_review', nullable: true })
  occupationReview: OccupationReview | null;

  /** The linker's next best occupations when the link needs a review; empty otherwise. */
  @Column({ type: 'jsonb', name: 'occupation_alternatives', default: () => "'[]'::jsonb" })
  occupationAlternatives: OccupationAlternative[];

  @Column({ type: 'text', name: 'isco_group', nullable: true })
  iscoGroup: string | null;

  @Column({ type: 'text', array: true, name: 'required_skill_uris' })
  requiredSkills: string[];

  @Column({ type: 'text', array: true, name: 'optional_skill_uris' })
  optionalSkills: string[];

  /** Skills found in the description, not yet confirmed: they do not count for matching. */
  @Column({ type: 'jsonb', name: 'skill_suggestions' })
  skillSuggestions: SkillSuggestion[];

  @Column({ type: 'text', name: 'minimum_qualification_code', nullable: true })
  minimumQualificationCode: string | null;

  @Column({ type: 'smallint', name: 'minimum_eqf', nullable: true })
  minimumEqf: number | null;

  @Column({ type: 'real', name: 'hours_min', nullable: true })
  hoursMin: number | null;

  @Column({ type: 'real', name: 'hours_max', nullable: true })
  hoursMax: number | null;

  @Column({ type: 'text', name: 'contract_type', nullable: true })
  contractType: ContractType | null;

  @Column({ type: 'date', name: 'start_date', nullable: true })
  startDate: string | null;

  @Column({ type: 'date', name: 'closing_date', nullable: true })
  closingDate: string | null;

  @Column({ type: 'integer' })
  positions: number;

  @Column({ type: 'text', name: 'work_place', nullable: true })
  workPlace: string | null;

  @Column({ type: 'text', name: 'work_postcode', nullable: true })
  workPostcode: string | null;

  @Column({ type: 'text' })
  country: Country;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ type: 'text', name: 'location_label', nullable: true })
  locationLabel: string | null;

  @Column({ type: 'text', array: true, name: 'driving_licences' })
  drivingLicences: string[];

  @Column({ type: 'text', array: true })
  certificates: string[];

  @Column({ type: 'jsonb' })
  languages: LanguageRequirement[];

  @Column({ type: 'boolean', name: 'banenafspraak_suitable' })
  banenafspraakSuitable: boolean;

  @Column({ type: 'boolean', name: 'banenafspraak_reserved' })
  banenafspraakReserved: boolean;

  @Column({ type: 'boolean' })
  jobcarving: boolean;

  @Column({ type: 'boolean', name: 'supervision_offered' })
  supervisionOffered: boolean;

  @Column({ type: 'text', nullable: true })
  supervision: string | null;

  @Column({ type: 'boolean', name: 'open_to_school_leavers' })
  openToSchoolLeavers: boolean;

  @Column({ type: 'text', name: 'learning_working', nullable: true })
  learningWorking: LearningWorking | null;

  /** German vacancies: the occupation is regulated, so a Dutch diploma needs Anerkennung. */
  @Column({ type: 'boolean', name: 'recognition_required' })
  recognitionRequired: boolean;

  @Column({ type: 'timestamptz', name: 'published_at', nullable: true })
  publishedAt: Date | null;

  /** When it was filled, closed or expired. */
  @Column({ type: 'timestamptz', name: 'ended_at', nullable: true })
  endedAt: Date | null;

  /** The token subject of whoever created it (an id, not a name). */
  @Column({ type: 'text', name: 'created_by' })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
