import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PagedResponse } from '@wt/bootstrap';
import {
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CONTRACT_TYPES, ContractType } from './match-workflow.types';
import { REJECTED_BY, REJECTION_REASONS, RejectionReason } from './workflow-rules';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const NOTE_LENGTH = 500;

/** Optional note on a step (no personal data of the job seeker). */
export class StepNoteDto {
  @ApiPropertyOptional({ maxLength: NOTE_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_LENGTH)
  note?: string;
}

export class RejectMatchDto extends StepNoteDto {
  @ApiProperty({ enum: REJECTION_REASONS })
  @IsIn(REJECTION_REASONS, { message: `reason must be one of: ${REJECTION_REASONS.join(', ')}` })
  reason!: RejectionReason;

  @ApiPropertyOptional({
    description: 'Coach only: record the job seeker\'s own refusal (rejectedBy "job-seeker")',
  })
  @IsOptional()
  @IsBoolean({ message: 'onBehalfOfSeeker must be true or false' })
  onBehalfOfSeeker?: boolean;
}

export class IntroductionAgreementDto extends StepNoteDto {
  @ApiProperty({ description: 'Did the job seeker agree to this one introduction?' })
  @IsBoolean({ message: 'agreed must be true or false' })
  agreed!: boolean;

  @ApiProperty({ example: '2026-12-01', description: 'When the job seeker answered' })
  @Matches(DAY, { message: 'date must be a day as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'date must be a real day (YYYY-MM-DD)' })
  date!: string;
}

export class HireDto {
  @ApiProperty({ example: '2027-01-04' })
  @Matches(DAY, { message: 'startDate must be a day as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'startDate must be a real day (YYYY-MM-DD)' })
  startDate!: string;

  @ApiProperty({ minimum: 1, maximum: 60 })
  @IsNumber({}, { message: 'hoursPerWeek must be a number' })
  @Min(1, { message: 'hoursPerWeek must be at least 1' })
  @Max(60, { message: 'hoursPerWeek must be at most 60' })
  hoursPerWeek!: number;

  @ApiProperty({ enum: CONTRACT_TYPES })
  @IsIn(CONTRACT_TYPES, { message: `contractType must be one of: ${CONTRACT_TYPES.join(', ')}` })
  contractType!: ContractType;
}

export class StepResultDto {
  @ApiProperty() vacancyId!: string;
  @ApiProperty({ description: 'The job seeker (for an employer: the candidate id of the card)' })
  seekerId!: string;
  @ApiProperty({
    enum: ['suggested', 'shortlisted', 'proposed', 'introduced', 'hired', 'rejected'],
  })
  status!: string;
  @ApiProperty({ nullable: true, type: String }) statusReason!: string | null;
  @ApiProperty({ nullable: true, enum: REJECTED_BY }) rejectedBy!: string | null;
  @ApiProperty() introductionRequested!: boolean;
  @ApiProperty({ nullable: true, type: String }) introductionAgreedOn!: string | null;
}

export class IntroductionContactDto {
  @ApiProperty() seekerId!: string;
  @ApiProperty() givenName!: string;
  @ApiProperty() familyName!: string;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
}

export class MatchStepDto {
  @ApiProperty() action!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty() actorRole!: string;
  @ApiProperty() actorSubject!: string;
  @ApiProperty({ nullable: true, type: String }) onBehalfOf!: string | null;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ description: 'The score when the step was taken' }) score!: number;
  @ApiProperty() occurredAt!: Date;
}

/** A page of a pair's steps, oldest first. */
export class MatchStepPageDto extends PagedResponse(MatchStepDto) {}
