import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PagedResponse } from '@wt/bootstrap';
import { CEFR_LEVELS } from '@wt/taxonomy';

/**
 * The shapes of the match reads as the OpenAPI documents describe them (the portal generates its
 * types from these). The services return plain objects of the interfaces in `match-read.types`;
 * these classes only describe them.
 */

const MATCH_STATUSES = ['suggested', 'shortlisted', 'proposed', 'introduced', 'hired', 'rejected'];
const KNOCK_OUT_CODES = [
  'reserved-banenafspraak',
  'not-job-matching',
  'level',
  'driving-licence',
  'certificate',
  'language',
  'germany-unwilling',
  'distance',
  'hours',
  'start-date',
];
const COMPONENT_NAMES = [
  'occupation',
  'skills',
  'level',
  'distance',
  'hours',
  'availability',
  'experience',
  'support',
];

export class TextDto {
  @ApiProperty() nl!: string;
  @ApiProperty() de!: string;
  @ApiProperty() en!: string;
}

export class KnockOutDto {
  @ApiProperty({ enum: KNOCK_OUT_CODES }) code!: string;
  @ApiProperty({ type: TextDto }) reason!: TextDto;
}

export class ComponentScoreDto {
  @ApiProperty({ enum: COMPONENT_NAMES }) name!: string;
  @ApiProperty({ minimum: 0, maximum: 1 }) value!: number;
  @ApiProperty() weight!: number;
  @ApiProperty({ description: 'value x weight, rescaled so all points add up to the score' })
  points!: number;
  @ApiProperty({ type: TextDto }) detail!: TextDto;
}

export class SkillComparisonDto {
  @ApiProperty({ type: [String], description: 'ESCO skill URIs' }) matchedEssential!: string[];
  @ApiProperty({ type: [String] }) missingEssential!: string[];
  @ApiProperty({ type: [String] }) matchedOptional!: string[];
  @ApiProperty({ type: [String] }) missingOptional!: string[];
}

export class LevelComparisonDto {
  @ApiProperty({ type: 'integer', nullable: true }) seekerEqf!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) requiredEqf!: number | null;
  @ApiProperty({ type: String, nullable: true }) seekerQualification!: string | null;
  @ApiProperty({ type: String, nullable: true }) requiredQualification!: string | null;
  @ApiProperty({ enum: ['below', 'equal', 'above', 'unknown', 'no-requirement'] })
  verdict!: string;
}

export class DistanceDto {
  @ApiProperty({ type: Number, nullable: true }) km!: number | null;
  @ApiProperty({ type: Number, nullable: true }) maxKm!: number | null;
  @ApiProperty() crossBorder!: boolean;
}

export class LanguageCheckDto {
  @ApiProperty({ example: 'de' }) language!: string;
  @ApiProperty({ enum: CEFR_LEVELS }) required!: string;
  @ApiProperty({ type: String, enum: CEFR_LEVELS, nullable: true }) have!: string | null;
  @ApiProperty() ok!: boolean;
}

export class ExplanationDto {
  @ApiProperty() modelVersion!: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) score!: number;
  @ApiProperty({ type: [KnockOutDto] }) knockOuts!: KnockOutDto[];
  @ApiProperty({ enum: KNOCK_OUT_CODES, isArray: true, description: 'checks passed' })
  passed!: string[];
  @ApiProperty({ type: [ComponentScoreDto] }) components!: ComponentScoreDto[];
  @ApiProperty({ type: SkillComparisonDto }) skills!: SkillComparisonDto;
  @ApiProperty({ type: LevelComparisonDto }) level!: LevelComparisonDto;
  @ApiProperty({ type: DistanceDto }) distance!: DistanceDto;
  @ApiProperty({ type: [LanguageCheckDto] }) languages!: LanguageCheckDto[];
  @ApiProperty({ type: [TextDto] }) notes!: TextDto[];
}

export class LabelledSkillDto {
  @ApiProperty() uri!: string;
  @ApiProperty() label!: string;
}

export class HumanOverrideDto {
  @ApiProperty({ description: 'The engine had not put the pair on the list' })
  notSuggested!: boolean;
  @ApiProperty({ enum: KNOCK_OUT_CODES, isArray: true }) knockOuts!: string[];
  @ApiProperty() engineScore!: number;
  @ApiProperty() by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

/** An adviser's or coach's view of a match, with the full explanation. */
export class MatchViewDto {
  @ApiProperty({ format: 'uuid' }) vacancyId!: string;
  @ApiProperty({ format: 'uuid' }) seekerId!: string;
  @ApiPropertyOptional() vacancyTitle?: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) score!: number;
  @ApiProperty({ enum: MATCH_STATUSES }) status!: string;
  @ApiProperty() crossBorder!: boolean;
  @ApiProperty({ format: 'date-time' }) computedAt!: string;
  @ApiProperty({ type: ExplanationDto }) explanation!: ExplanationDto;
  @ApiProperty({ type: [LabelledSkillDto] }) matchedSkills!: LabelledSkillDto[];
  @ApiProperty({ type: [LabelledSkillDto] }) missingEssentialSkills!: LabelledSkillDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'the score at the last step' })
  scoreAtLastStep!: number | null;
  @ApiProperty() scoreChangedSinceStep!: boolean;
  @ApiProperty({ type: HumanOverrideDto, nullable: true }) humanOverride!: HumanOverrideDto | null;
  @ApiProperty() introductionRequested!: boolean;
  @ApiProperty({ description: 'an open step whose candidate withdrew consent' })
  consentWithdrawn!: boolean;
}

export class HoursRangeDto {
  @ApiProperty({ type: 'integer' }) min!: number;
  @ApiProperty({ type: 'integer' }) max!: number;
}

export class CandidateLanguageDto {
  @ApiProperty({ example: 'de' }) language!: string;
  @ApiProperty({ enum: CEFR_LEVELS }) level!: string;
}

/** What an employer sees of a candidate: no name, contact, age, BSN or target-group status. */
export class CandidateCardDto {
  @ApiProperty({ format: 'uuid' }) candidateId!: string;
  @ApiProperty({ enum: ['proposed', 'introduced', 'hired'] }) status!: string;
  @ApiProperty() introductionRequested!: boolean;
  @ApiProperty({ minimum: 0, maximum: 100 }) score!: number;
  @ApiProperty({ type: 'integer', nullable: true }) educationEqf!: number | null;
  @ApiProperty({ type: [LabelledSkillDto] }) occupationsWanted!: LabelledSkillDto[];
  @ApiProperty({ type: [LabelledSkillDto] }) matchedSkills!: LabelledSkillDto[];
  @ApiProperty({ type: [LabelledSkillDto] }) missingEssentialSkills!: LabelledSkillDto[];
  @ApiProperty({ type: String, nullable: true, example: '<= 20 km' }) distanceBand!: string | null;
  @ApiProperty({ type: HoursRangeDto, nullable: true }) hoursPerWeek!: HoursRangeDto | null;
  @ApiProperty() availableNow!: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) availableFrom!: string | null;
  @ApiProperty({ type: [CandidateLanguageDto] }) languages!: CandidateLanguageDto[];
}

const OFFERED = 'false when the vacancy is not open: its matches are no longer offered';

export class MatchPageDto extends PagedResponse(MatchViewDto) {
  @ApiProperty({ description: OFFERED }) offered!: boolean;
}

export class CandidateCardPageDto extends PagedResponse(CandidateCardDto) {
  @ApiProperty({ description: OFFERED }) offered!: boolean;
}

export class PairExplanationDto {
  @ApiProperty({ format: 'uuid' }) vacancyId!: string;
  @ApiProperty({ format: 'uuid' }) seekerId!: string;
  @ApiProperty() onShortlist!: boolean;
  @ApiProperty({ type: 'integer', nullable: true }) rank!: number | null;
  @ApiProperty({ type: String, enum: MATCH_STATUSES, nullable: true }) status!: string | null;
  @ApiProperty({ type: TextDto, description: 'why the pair is, or is not, on the list' })
  verdict!: TextDto;
  @ApiProperty({ type: ExplanationDto, description: 'computed now from current data' })
  explanation!: ExplanationDto;
  @ApiProperty({ type: HumanOverrideDto, nullable: true }) humanOverride!: HumanOverrideDto | null;
}
