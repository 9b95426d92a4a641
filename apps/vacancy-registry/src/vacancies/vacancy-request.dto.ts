import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { CEFR_LEVELS, type CefrLevel } from '@wt/taxonomy';
import {
  CLEARABLE_VACANCY_FIELDS,
  CONTRACT_TYPES,
  type ContractType,
  COUNTRIES,
  type Country,
  DRIVING_LICENCE_CATEGORIES,
  LEARNING_WORKING_KINDS,
  type LearningWorking,
  MAX_DESCRIPTION_LENGTH,
  MAX_HOURS_PER_WEEK,
  MAX_TITLE_LENGTH,
  type TextLanguage,
  type VacancyInput,
} from '@wt/vacancies';
import { MayBeLeftOut } from '@wt/bootstrap';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const CONCEPT_URI = /^https?:\/\/\S+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_SKILLS = 50;

export class LanguageRequirementDto {
  @ApiProperty({ example: 'de', description: 'ISO 639-1 language code' })
  @IsString()
  @Matches(/^[a-z]{2}$/, { message: 'language must be a two-letter ISO 639-1 code such as de' })
  language: string;

  @ApiProperty({ enum: CEFR_LEVELS, example: 'B1' })
  @IsIn(CEFR_LEVELS)
  level: CefrLevel;
}

/** A new vacancy. Dates are ISO dates (YYYY-MM-DD); ESCO concepts are given by URI. */
export class CreateVacancyDto implements VacancyInput {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Required for advisers; an employer posts for its own organisation',
  })
  @MayBeLeftOut()
  @IsUUID()
  employerId?: string;

  @ApiProperty({ maxLength: MAX_TITLE_LENGTH, example: 'Schweißer (m/w/d)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_TITLE_LENGTH)
  title: string;

  @ApiProperty({ maxLength: MAX_DESCRIPTION_LENGTH })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  description: string;

  @ApiPropertyOptional({
    enum: ['nl', 'de', 'en'],
    description: 'Language of title and description; default: German for DE, Dutch for NL',
  })
  @MayBeLeftOut()
  @IsIn(['nl', 'de', 'en'])
  language?: TextLanguage;

  @ApiPropertyOptional({
    description: 'ESCO occupation URI; when left out it is linked from the title',
    example: 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b',
  })
  @IsOptional()
  @Matches(CONCEPT_URI, { message: 'occupationUri must be an ESCO concept URI' })
  @MaxLength(300)
  occupationUri?: string;

  @ApiPropertyOptional({ type: [String], description: 'ESCO skill URIs' })
  @MayBeLeftOut()
  @IsArray()
  @ArrayMaxSize(MAX_SKILLS)
  @ArrayUnique({ message: 'requiredSkills must not name a skill twice' })
  @Matches(CONCEPT_URI, { each: true, message: 'requiredSkills must hold ESCO skill URIs' })
  requiredSkills?: string[];

  @ApiPropertyOptional({ type: [String], description: 'ESCO skill URIs' })
  @MayBeLeftOut()
  @IsArray()
  @ArrayMaxSize(MAX_SKILLS)
  @ArrayUnique({ message: 'optionalSkills must not name a skill twice' })
  @Matches(CONCEPT_URI, { each: true, message: 'optionalSkills must hold ESCO skill URIs' })
  optionalSkills?: string[];

  @ApiPropertyOptional({
    example: 'DE:AUSBILDUNG-2',
    description: 'A Dutch (NL:...) or German (DE:...) qualification; stored with its EQF level',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  minimumQualificationCode?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 8, description: 'EQF level; 0 is below level 1' })
  @IsOptional()
  @IsInt({ message: 'minimumEqf must be a whole EQF level from 0 to 8' })
  @Min(0, { message: 'minimumEqf must be an EQF level from 0 (below level 1) to 8' })
  @Max(8, { message: 'minimumEqf must be an EQF level from 0 (below level 1) to 8' })
  minimumEqf?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_HOURS_PER_WEEK, example: 24 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1, allowNaN: false })
  @Min(0)
  @Max(MAX_HOURS_PER_WEEK)
  hoursMin?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_HOURS_PER_WEEK, example: 32 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1, allowNaN: false })
  @Min(0)
  @Max(MAX_HOURS_PER_WEEK)
  hoursMax?: number;

  @ApiPropertyOptional({ enum: CONTRACT_TYPES })
  @IsOptional()
  @IsIn(CONTRACT_TYPES)
  contractType?: ContractType;

  @ApiPropertyOptional({ format: 'date', example: '2026-03-01' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'startDate must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'startDate must be a real calendar date' })
  startDate?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-04-30' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'closingDate must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'closingDate must be a real calendar date' })
  closingDate?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @MayBeLeftOut()
  @IsInt()
  @Min(1)
  @Max(1000)
  positions?: number;

  @ApiPropertyOptional({ example: 'Gronau' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  workPlace?: string;

  @ApiPropertyOptional({ example: '48599', description: 'Dutch 1234 AB (or PC4) or German PLZ' })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'workPostcode must not be empty (leave it out instead)' })
  @MaxLength(10)
  workPostcode?: string;

  @ApiProperty({ enum: COUNTRIES })
  @IsIn(COUNTRIES)
  country: Country;

  @ApiPropertyOptional({ description: 'Only when the place is not enough (with longitude)' })
  @IsOptional()
  @IsNumber()
  @Min(-90)
  @Max(90)
  latitude?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber()
  @Min(-180)
  @Max(180)
  longitude?: number;

  @ApiPropertyOptional({ enum: DRIVING_LICENCE_CATEGORIES, isArray: true })
  @MayBeLeftOut()
  @IsArray()
  @IsIn(DRIVING_LICENCE_CATEGORIES, { each: true })
  drivingLicences?: string[];

  @ApiPropertyOptional({ type: [String], example: ['VCA basis'] })
  @MayBeLeftOut()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  certificates?: string[];

  @ApiPropertyOptional({ type: [LanguageRequirementDto] })
  @MayBeLeftOut()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => LanguageRequirementDto)
  languages?: LanguageRequirementDto[];

  @ApiPropertyOptional({ description: 'Suitable for the banenafspraak target group' })
  @MayBeLeftOut()
  @IsBoolean()
  banenafspraakSuitable?: boolean;

  @ApiPropertyOptional({ description: 'Reserved for the banenafspraak target group (NL only)' })
  @MayBeLeftOut()
  @IsBoolean()
  banenafspraakReserved?: boolean;

  @ApiPropertyOptional({ description: 'Made by jobcarving (NL only)' })
  @MayBeLeftOut()
  @IsBoolean()
  jobcarving?: boolean;

  @ApiPropertyOptional()
  @MayBeLeftOut()
  @IsBoolean()
  supervisionOffered?: boolean;

  @ApiPropertyOptional({ description: 'What supervision the workplace offers' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  supervision?: string;

  @ApiPropertyOptional({ description: 'Open to VSO/PrO school leavers' })
  @MayBeLeftOut()
  @IsBoolean()
  openToSchoolLeavers?: boolean;

  @ApiPropertyOptional({ enum: LEARNING_WORKING_KINDS, nullable: true })
  @IsOptional()
  @IsIn(LEARNING_WORKING_KINDS)
  learningWorking?: LearningWorking | null;

  @ApiPropertyOptional({
    description: 'German vacancies: the occupation is regulated (Anerkennung)',
  })
  @MayBeLeftOut()
  @IsBoolean()
  recognitionRequired?: boolean;

  @ApiPropertyOptional({ description: 'Publish at once instead of keeping a draft' })
  @MayBeLeftOut()
  @IsBoolean()
  publish?: boolean;
}

// `null` leaves these out of a new vacancy and clears them in a change; the document says so (the
// decorator adds to what the property declares, and the change type inherits it).
for (const name of CLEARABLE_VACANCY_FIELDS) {
  ApiPropertyOptional({ nullable: true })(CreateVacancyDto.prototype, name);
}

/**
 * A change: only the fields sent change; `null` clears an optional field (a cleared occupation is
 * linked from the title again). `null` for a field that cannot be cleared is refused.
 */
export class UpdateVacancyDto extends PartialType(
  OmitType(CreateVacancyDto, ['employerId', 'publish'] as const),
) {}

export class CorrectOccupationDto {
  @ApiProperty({ description: 'The ESCO occupation URI that replaces the linked one' })
  @Matches(CONCEPT_URI, { message: 'occupationUri must be an ESCO concept URI' })
  @MaxLength(300)
  occupationUri: string;
}
