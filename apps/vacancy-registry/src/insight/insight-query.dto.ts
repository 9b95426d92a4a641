import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  GROUP_LEVELS,
  INSIGHT_AREAS,
  INSIGHT_LANGUAGES,
  type InsightLanguage,
  TREND_FIGURES,
  type GroupLevel,
  type TrendFigure,
} from '@wt/insight';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { queryBoolean } from '../common/query-boolean';

const AREA_CODES = INSIGHT_AREAS.map((a) => a.code);
const GROUP = /^([0-9]{1,4}|https?:\/\/\S+)$/;
const DAY_MS = 24 * 3600 * 1000;
/** Trend default: the last 90 days. */
const TREND_DEFAULT_DAYS = 90;

/** Language of labels and the answer's format: JSON for charts, CSV for a spreadsheet. */
export class FigureQueryDto {
  @ApiPropertyOptional({ enum: INSIGHT_LANGUAGES, default: 'nl' })
  @IsOptional()
  @IsIn(INSIGHT_LANGUAGES, { message: 'lang must be one of nl, de, en' })
  lang: InsightLanguage = 'nl';

  @ApiPropertyOptional({
    enum: ['json', 'csv'],
    default: 'json',
    description: 'csv: the rows as text/csv (suppressed counts read <5)',
  })
  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'format must be json or csv' })
  format: 'json' | 'csv' = 'json';
}

class GroupedQueryDto extends FigureQueryDto {
  @ApiPropertyOptional({
    enum: GROUP_LEVELS,
    default: 'minor',
    description:
      'Occupation groups: ISCO-08 sub-major (2 digits), minor (3), unit (4), or ESCO occupation',
  })
  @IsOptional()
  @IsIn(GROUP_LEVELS, { message: `level must be one of ${GROUP_LEVELS.join(', ')}` })
  level: GroupLevel = 'minor';

  @ApiPropertyOptional({
    description: 'Only groups starting with this ISCO code, or one ESCO occupation URI',
    example: '72',
  })
  @IsOptional()
  @Matches(GROUP, {
    message: 'group must be an ISCO-08 code of 1 to 4 digits or an ESCO occupation URI',
  })
  group?: string;
}

export class TightnessQueryDto extends GroupedQueryDto {
  @ApiPropertyOptional({
    default: true,
    description: 'One cell per municipality (false: the whole region)',
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean({ message: 'byMunicipality must be true or false' })
  byMunicipality = true;

  @ApiPropertyOptional({
    default: false,
    description: 'One cell per EQF level (the vacancy minimum, the seeker highest)',
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean({ message: 'byEqf must be true or false' })
  byEqf = false;

  @ApiPropertyOptional({
    enum: AREA_CODES,
    description: 'One municipality (CBS code) or German district (AGS code)',
  })
  @IsOptional()
  @IsIn(AREA_CODES, {
    message:
      'municipality must be a Twente municipality (CBS code, e.g. GM0153) or a German border district (e.g. 05554)',
  })
  municipality?: string;
}

export class BlockingSkillsQueryDto extends GroupedQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 10, description: 'Skills per group' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'top must be a whole number from 1 to 50' })
  @Min(1, { message: 'top must be a whole number from 1 to 50' })
  @Max(50, { message: 'top must be a whole number from 1 to 50' })
  top = 10;
}

export class UnservedQueryDto extends FigureQueryDto {
  @ApiPropertyOptional({
    minimum: 0,
    maximum: 100,
    default: 45,
    description: 'A candidate at or above this score serves the vacancy',
  })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({}, { message: 'minScore must be a number from 0 to 100' })
  @Min(0, { message: 'minScore must be a number from 0 to 100' })
  @Max(100, { message: 'minScore must be a number from 0 to 100' })
  minScore?: number;
}

export class OccupationTransitionsQueryDto extends FigureQueryDto {
  @ApiPropertyOptional({ description: 'ESCO occupation URI', required: true })
  @Matches(/^https?:\/\/\S+$/, { message: 'occupation must be an ESCO occupation URI' })
  occupation: string;
}

export class TrendQueryDto extends FigureQueryDto {
  @ApiPropertyOptional({ enum: TREND_FIGURES, default: 'tightness' })
  @IsOptional()
  @IsIn(TREND_FIGURES, { message: `figure must be one of ${TREND_FIGURES.join(', ')}` })
  figure: TrendFigure = 'tightness';

  @ApiPropertyOptional({ description: 'First day (YYYY-MM-DD); default 90 days before `to`' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be a date (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a date (YYYY-MM-DD)' })
  from?: string;

  @ApiPropertyOptional({ description: 'Last day (YYYY-MM-DD); default today' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be a date (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be a date (YYYY-MM-DD)' })
  to?: string;

  @ApiPropertyOptional({
    description: 'ISCO group (tightness: minor, tightness-unit: unit; blocking-skills: minor)',
  })
  @IsOptional()
  @Matches(GROUP, { message: 'group must be an ISCO-08 code of 1 to 4 digits' })
  group?: string;

  @ApiPropertyOptional({ enum: AREA_CODES })
  @IsOptional()
  @IsIn(AREA_CODES, {
    message:
      'municipality must be a Twente municipality (CBS code) or a German border district (AGS code)',
  })
  municipality?: string;

  @ApiPropertyOptional({ description: 'ESCO skill URI (blocking-skills)' })
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'skill must be an ESCO skill URI' })
  skill?: string;

  toRequest(today: string) {
    const to = this.to ?? today;
    const from =
      this.from ??
      new Date(Date.parse(`${to}T00:00:00Z`) - TREND_DEFAULT_DAYS * DAY_MS)
        .toISOString()
        .slice(0, 10);
    return {
      figure: this.figure,
      from,
      to,
      group: this.group,
      municipality: this.municipality,
      skill: this.skill,
      format: this.format,
    };
  }
}
