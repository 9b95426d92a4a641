import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  COUNTRIES,
  type Country,
  VACANCY_STATUSES,
  type VacancySearch,
  type VacancyStatus,
} from '@wt/vacancies';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '@wt/bootstrap';
import { queryBoolean } from '../common/query-boolean';

export class SearchVacanciesDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Words in the title or description' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'ESCO occupation URI' })
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'occupation must be an ESCO occupation URI' })
  occupation?: string;

  @ApiPropertyOptional({
    enum: ['needed'],
    description: 'needed: vacancies whose linked occupation an adviser should confirm',
  })
  @IsOptional()
  @IsIn(['needed'], { message: 'occupationReview must be needed' })
  occupationReview?: 'needed';

  @ApiPropertyOptional({ description: 'ISCO-08 group of 1 to 4 digits (72 takes in 7212)' })
  @IsOptional()
  @Matches(/^[0-9]{1,4}$/, { message: 'isco must be an ISCO-08 group of 1 to 4 digits' })
  isco?: string;

  @ApiPropertyOptional({ description: 'Place or postcode to search around', example: 'Enschede' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  near?: string;

  @ApiPropertyOptional({ enum: COUNTRIES, default: 'NL', description: 'Country of `near`' })
  @IsOptional()
  @IsIn(COUNTRIES)
  nearCountry?: Country;

  @ApiPropertyOptional({ minimum: 1, maximum: 300, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(300)
  radiusKm?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 8, description: 'Minimum EQF level at least this' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0, { message: 'eqfMin must be an EQF level from 0 to 8' })
  @Max(8, { message: 'eqfMin must be an EQF level from 0 to 8' })
  eqfMin?: number;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 8,
    description: 'Asks at most this EQF level (or none): vacancies open to someone at this level',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0, { message: 'eqfMax must be an EQF level from 0 to 8' })
  @Max(8, { message: 'eqfMax must be an EQF level from 0 to 8' })
  eqfMax?: number;

  @ApiPropertyOptional({ enum: COUNTRIES })
  @IsOptional()
  @IsIn(COUNTRIES)
  country?: Country;

  @ApiPropertyOptional({ description: 'Suitable for (or reserved for) the banenafspraak' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  banenafspraak?: boolean;

  @ApiPropertyOptional({ description: 'Open to VSO/PrO school leavers' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  schoolLeavers?: boolean;

  @ApiPropertyOptional({ description: 'A learning-working place (BBL, leerwerk, Ausbildung)' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  learningWorking?: boolean;

  @ApiPropertyOptional({ enum: VACANCY_STATUSES })
  @IsOptional()
  @IsIn(VACANCY_STATUSES)
  status?: VacancyStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  employerId?: string;
}

/** The query string in the service's terms. */
export function toVacancySearch(query: SearchVacanciesDto): VacancySearch {
  return {
    text: query.q,
    occupationUri: query.occupation,
    occupationReview: query.occupationReview,
    iscoGroup: query.isco,
    near: query.near,
    nearCountry: query.nearCountry,
    radiusKm: query.radiusKm,
    eqfMin: query.eqfMin,
    eqfMax: query.eqfMax,
    country: query.country,
    banenafspraak: query.banenafspraak,
    openToSchoolLeavers: query.schoolLeavers,
    learningWorking: query.learningWorking,
    status: query.status,
    employerId: query.employerId,
  };
}
