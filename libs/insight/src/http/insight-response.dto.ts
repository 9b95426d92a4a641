import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TIGHTNESS_BANDS } from '../core/tightness-band';

const COUNT = 'People count; null when from 1 to 4 (suppressed)';

class SourceNoteDto {
  @ApiProperty() en: string;
  @ApiProperty() de: string;
  @ApiProperty() nl: string;
}

/** What every figure answers: flat rows, one per cell, bar or point. */
class FigureDto {
  @ApiProperty({ example: 'tightness' }) figure: string;
  @ApiProperty({
    type: SourceNoteDto,
    description: "This registry's own data, not UWV's statistic",
  })
  source: SourceNoteDto;
  @ApiProperty({ example: '2026-12-01', description: 'The day described (Europe/Amsterdam)' })
  asOf: string;
  @ApiProperty({ example: 5, description: 'People counts below this (and above 0) are null' })
  suppressBelow: number;
}

export class TightnessRowDto {
  @ApiProperty({ example: '721', description: 'ISCO-08 code, or the ESCO occupation URI' })
  group: string;
  @ApiProperty() groupLabel: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'GM0153',
    description: 'CBS or AGS code; null: the whole region',
  })
  municipality: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Enschede' }) municipalityName:
    string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'EQF level (byEqf only)' }) eqf:
    number | null;
  @ApiProperty() openVacancies: number;
  @ApiProperty() openPositions: number;
  @ApiProperty({ type: 'integer', nullable: true, description: COUNT }) seekersAvailableNow:
    number | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: `${COUNT}; available now or within 3 months`,
  })
  seekersAvailableSoon: number | null;
  @ApiProperty({
    type: 'number',
    nullable: true,
    description: 'openPositions / seekersAvailableNow, 2 decimals',
  })
  ratioNow: number | null;
  @ApiProperty({ type: String, nullable: true, enum: TIGHTNESS_BANDS }) bandNow: string | null;
  @ApiProperty({ type: 'number', nullable: true }) ratioSoon: number | null;
  @ApiProperty({ type: String, nullable: true, enum: TIGHTNESS_BANDS }) bandSoon: string | null;
  @ApiProperty() suppressed: boolean;
}

class LeftOutDto {
  @ApiProperty({ description: 'Open vacancies without ISCO group or outside the areas' })
  vacancies: number;
  @ApiProperty({ type: 'integer', nullable: true, description: COUNT }) seekers: number | null;
}

export class TightnessDto extends FigureDto {
  @ApiProperty() level: string;
  @ApiProperty({ type: LeftOutDto }) leftOut: LeftOutDto;
  @ApiProperty({ type: [TightnessRowDto] }) rows: TightnessRowDto[];
}

class ObstaclesDto {
  @ApiProperty({ type: 'integer', nullable: true }) 'reserved-banenafspraak': number | null;
  @ApiProperty({ type: 'integer', nullable: true }) 'not-job-matching': number | null;
  @ApiProperty({ type: 'integer', nullable: true }) level: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) 'driving-licence': number | null;
  @ApiProperty({ type: 'integer', nullable: true }) certificate: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) language: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) 'germany-unwilling': number | null;
  @ApiProperty({ type: 'integer', nullable: true }) distance: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) hours: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) 'start-date': number | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'No knock-out, but a score below minScore',
  })
  'low-score': number | null;
}

export class UnservedRowDto {
  @ApiProperty() vacancyId: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) isco: string | null;
  @ApiProperty({ type: String, nullable: true }) municipality: string | null;
  @ApiProperty({ type: String, nullable: true }) municipalityName: string | null;
  @ApiProperty() openPositions: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) daysOpen: number | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: `${COUNT}: seekers wanting or having done an occupation of the same ISCO minor group`,
  })
  nearCandidates: number | null;
  @ApiProperty({
    type: ObstaclesDto,
    description: 'Near candidates each obstacle stops (counts; one may count under several)',
  })
  obstacles: ObstaclesDto;
}

export class UnservedDto extends FigureDto {
  @ApiProperty() minScore: number;
  @ApiProperty({ type: [UnservedRowDto] }) rows: UnservedRowDto[];
}

export class BlockingSkillRowDto {
  @ApiProperty() group: string;
  @ApiProperty() groupLabel: string;
  @ApiProperty() skill: string;
  @ApiProperty() skillLabel: string;
  @ApiProperty({ description: 'Shortlisted candidates of the group missing it (at least 5)' })
  seekers: number;
  @ApiProperty() vacancies: number;
  @ApiProperty() rank: number;
}

export class BlockingSkillsDto extends FigureDto {
  @ApiProperty() level: string;
  @ApiProperty({ description: 'Group-skill pairs left out: fewer than 5 people' })
  suppressedRows: number;
  @ApiProperty({ type: [BlockingSkillRowDto] }) rows: BlockingSkillRowDto[];
}

export class SchoolLeaverRowDto {
  @ApiProperty() municipality: string;
  @ApiProperty() municipalityName: string;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: `${COUNT}; VSO leavers within 12 months, not dagbesteding`,
  })
  leaversVso: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: COUNT }) leaversPro: number | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: `${COUNT}; MBO students whose course ends within 12 months`,
  })
  leaversMbo: number | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: `${COUNT}; VSO, PrO and MBO leavers, each person once`,
  })
  leaversTotal: number | null;
  @ApiProperty() learningWorkingPositions: number;
  @ApiProperty() schoolLeaverPositions: number;
  @ApiProperty() technicalPositions: number;
  @ApiProperty() technicalLearningWorkingPositions: number;
}

export class SchoolLeaversDto extends FigureDto {
  @ApiProperty({ type: [SchoolLeaverRowDto] }) rows: SchoolLeaverRowDto[];
}

class LabelledDto {
  @ApiProperty() uri: string;
  @ApiProperty() label: string;
}

class PlaceDto {
  @ApiProperty() vacancyId: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) municipality: string | null;
  @ApiProperty({ type: String, nullable: true }) municipalityName: string | null;
}

class RegionTightnessDto {
  @ApiProperty() openPositions: number;
  @ApiProperty({ type: 'integer', nullable: true }) seekersAvailableNow: number | null;
  @ApiProperty({ type: 'number', nullable: true }) ratioNow: number | null;
  @ApiProperty({ type: String, nullable: true, enum: TIGHTNESS_BANDS }) bandNow: string | null;
}

export class TransitionRowDto {
  @ApiProperty() occupation: string;
  @ApiProperty() occupationLabel: string;
  @ApiProperty({ type: String, nullable: true }) isco: string | null;
  @ApiProperty({ description: 'Shared essential skills / essential skills, 2 decimals' })
  overlap: number;
  @ApiProperty() sharedEssential: number;
  @ApiProperty() essentialTotal: number;
  @ApiProperty({ type: [LabelledDto] }) missingSkills: LabelledDto[];
  @ApiProperty({ type: RegionTightnessDto, description: 'Its ISCO unit group over all areas' })
  tightness: RegionTightnessDto;
  @ApiProperty({
    type: [PlaceDto],
    description: 'Open learning-working places (BBL, leerwerk, Ausbildung)',
  })
  learningWorkingPlaces: PlaceDto[];
}

export class TransitionsDto extends FigureDto {
  @ApiPropertyOptional() seekerId?: string;
  @ApiProperty({ type: [TransitionRowDto] }) rows: TransitionRowDto[];
}

export class OneSkillAwayRowDto {
  @ApiProperty() vacancyId: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) municipality: string | null;
  @ApiProperty({ type: String, nullable: true }) municipalityName: string | null;
  @ApiProperty({ type: [LabelledDto] }) missingSkills: LabelledDto[];
  @ApiProperty() score: number;
  @ApiProperty() scoreWithSkills: number;
  @ApiProperty({ description: 'The skills lift the score to the shortlist threshold' })
  opens: boolean;
}

export class OneSkillAwayDto extends FigureDto {
  @ApiProperty() seekerId: string;
  @ApiProperty() minScore: number;
  @ApiProperty({ type: [OneSkillAwayRowDto] }) rows: OneSkillAwayRowDto[];
}

export class TrendDto extends FigureDto {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      properties: { day: { type: 'string', format: 'date' } },
      required: ['day'],
      additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }], nullable: true },
    },
    description:
      'One row per day and cell: `day`, the cell dimensions (group, municipality, skill: strings) and its counts (numbers, null when suppressed; tightness also ratios and bands)',
  })
  rows: Array<Record<string, unknown>>;
}
