import { ApiProperty } from '@nestjs/swagger';
import { REPORT_GROUPS, REPORT_STEPS } from './outcomes-report';

const SUPPRESSED = 'people; null when 1 to 4 (suppressed)';
const nullableCounts = { type: 'integer', nullable: true } as const;

export class StepCountsDto {
  @ApiProperty({ ...nullableCounts, description: SUPPRESSED }) shortlisted!: number | null;
  @ApiProperty(nullableCounts) proposed!: number | null;
  @ApiProperty(nullableCounts) introduced!: number | null;
  @ApiProperty(nullableCounts) hired!: number | null;
  @ApiProperty(nullableCounts) rejected!: number | null;
}

export class StepRatesDto {
  @ApiProperty({ type: Number, nullable: true }) shortlisted!: number | null;
  @ApiProperty({ type: Number, nullable: true }) proposed!: number | null;
  @ApiProperty({ type: Number, nullable: true }) introduced!: number | null;
  @ApiProperty({ type: Number, nullable: true }) hired!: number | null;
  @ApiProperty({ type: Number, nullable: true }) rejected!: number | null;
}

const tally = {
  type: 'object',
  additionalProperties: { type: 'integer', nullable: true },
  description: SUPPRESSED,
} as const;

export class CountRowDto {
  @ApiProperty() key!: string;
  @ApiProperty({ ...nullableCounts, description: SUPPRESSED }) matches!: number | null;
  @ApiProperty({ type: StepCountsDto }) steps!: StepCountsDto;
  @ApiProperty(tally) rejectedByReason!: Record<string, number | null>;
  @ApiProperty(tally) rejectedByWhom!: Record<string, number | null>;
}

export class VacancyRowDto extends CountRowDto {
  @ApiProperty({ type: Number, nullable: true }) medianDaysToHire!: number | null;
}

export class GroupRowDto {
  @ApiProperty({ enum: REPORT_GROUPS }) group!: string;
  @ApiProperty({ ...nullableCounts, description: SUPPRESSED }) people!: number | null;
  @ApiProperty({ type: StepRatesDto }) rates!: StepRatesDto;
  @ApiProperty({ type: StepRatesDto, description: 'below 0.8 is flagged (four-fifths rule)' })
  ratioToRest!: StepRatesDto;
  @ApiProperty({ enum: REPORT_STEPS, isArray: true }) flagged!: string[];
}

export class OverridesDto {
  @ApiProperty(nullableCounts) matches!: number | null;
  @ApiProperty(nullableCounts) hired!: number | null;
  @ApiProperty(nullableCounts) rejected!: number | null;
}

export class EmployerPlacementsDto {
  @ApiProperty() organisationId!: string;
  @ApiProperty({ type: 'integer' }) placements!: number;
  @ApiProperty({ description: 'hours / 25.5 per banenafspraak placement' }) banen!: number;
  @ApiProperty({ type: 'integer' }) crossBorder!: number;
  @ApiProperty({
    type: 'integer',
    description: 'of placements, those of job seekers erased since (kept as counts only)',
  })
  erasedPlacements!: number;
}

export class OutcomesReportDto {
  @ApiProperty({ type: [VacancyRowDto] }) byVacancy!: VacancyRowDto[];
  @ApiProperty({ type: [CountRowDto] }) byScoreBand!: CountRowDto[];
  @ApiProperty({ type: [CountRowDto] }) byPeriod!: CountRowDto[];
  @ApiProperty({ type: [GroupRowDto] }) groups!: GroupRowDto[];
  @ApiProperty({ type: OverridesDto }) overrides!: OverridesDto;
  @ApiProperty({ type: [EmployerPlacementsDto] }) employers!: EmployerPlacementsDto[];
}
