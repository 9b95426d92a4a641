import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AVAILABLE_FROM_WINDOW,
  Benefit,
  BENEFITS,
  DRIVING_LICENCES,
  DrivingLicence,
  EDUCATION_CODES,
  EDUCATION_END_WINDOW,
  EducationCode,
  ESCO_OCCUPATION_URI,
  ESCO_SKILL_URI,
  EXIT_PROFILES,
  ExitProfile,
  HOME_COUNTRIES,
  HomeCountry,
  LANGUAGE_CODE,
  LEAVING_DATE_WINDOW,
  ProfileInput,
  SCHOOL_TYPES,
  SchoolType,
} from '@wt/job-seekers';
import { CEFR_LEVELS, CefrLevel } from '@wt/taxonomy';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  IsDateWithin,
  IsKnownQualification,
  IsNotLessThan,
  IsPostcodeOfCountry,
} from './profile.validators';

const OCCUPATION_URI_MESSAGE =
  'each value in $property must be an ESCO occupation URI (http://data.europa.eu/esco/occupation/<uuid>)';

export class WorkExperienceDto {
  @ApiProperty({
    example: 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b',
  })
  @Matches(ESCO_OCCUPATION_URI, {
    message:
      '$property must be an ESCO occupation URI (http://data.europa.eu/esco/occupation/<uuid>)',
  })
  occupationUri: string;

  @ApiProperty({ type: Number, minimum: 0, maximum: 60, example: 4 })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(60)
  years: number;
}

export class QualificationDto {
  @ApiProperty({ example: 'NL:MBO-3', description: 'NLQF or DQR code; stored with its EQF level' })
  @IsKnownQualification()
  code: string;
}

export class CurrentEducationDto {
  @ApiProperty({ enum: EDUCATION_CODES, example: 'NL:MBO-3' })
  @IsIn(EDUCATION_CODES)
  code: EducationCode;

  @ApiProperty({ format: 'date', type: String, example: '2027-07-01' })
  @IsDateWithin(EDUCATION_END_WINDOW)
  expectedEndDate: string;
}

export class SchoolLeaverDto {
  @ApiProperty({ enum: SCHOOL_TYPES })
  @IsIn(SCHOOL_TYPES)
  schoolType: SchoolType;

  @ApiPropertyOptional({
    type: String,
    enum: EXIT_PROFILES,
    nullable: true,
    description: 'required for VSO',
  })
  @ValidateIf((o: SchoolLeaverDto) => o.schoolType === 'VSO' || o.exitProfile != null)
  @IsIn(EXIT_PROFILES, {
    message:
      '$property must be one of: vervolgonderwijs, arbeidsmarkt, dagbesteding (required for a VSO leaver)',
  })
  exitProfile?: ExitProfile | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2026-07-01' })
  @IsOptional()
  @IsDateWithin(LEAVING_DATE_WINDOW)
  expectedLeavingDate?: string | null;

  @ApiPropertyOptional({
    type: [String],
    nullable: true,
    example: ['branchecertificaat logistiek'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  certificates?: string[] | null;
}

export class HomeLocationDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '7511 AB',
    description: 'only the PC4 area is stored; required without a place',
  })
  @ValidateIf((o: HomeLocationDto) => o.postcode != null || !o.place)
  @IsString({ message: '$property must be a postcode string (or give a place instead)' })
  @IsPostcodeOfCountry()
  postcode?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, example: 'Enschede' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  place?: string | null;

  @ApiPropertyOptional({ type: String, enum: HOME_COUNTRIES, nullable: true, default: 'NL' })
  @IsOptional()
  @IsIn(HOME_COUNTRIES)
  country?: HomeCountry | null;
}

export class HoursPerWeekDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 60, example: 24 })
  @IsInt()
  @Min(1)
  @Max(60)
  min: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 60, example: 36 })
  @IsInt()
  @Min(1)
  @Max(60)
  @IsNotLessThan('min')
  max: number;
}

export class LanguageDto {
  @ApiProperty({ example: 'de', description: 'ISO 639-1 code' })
  @Matches(LANGUAGE_CODE, {
    message: '$property must be an ISO 639-1 code of two lower-case letters (nl, de, en)',
  })
  language: string;

  @ApiProperty({ enum: CEFR_LEVELS, example: 'B1' })
  @IsIn(CEFR_LEVELS)
  level: CefrLevel;
}

export class TargetGroupsDto {
  @ApiProperty({
    description: 'registered in the doelgroepregister (banenafspraak); never shown to employers',
  })
  @IsBoolean()
  banenafspraak: boolean;

  @ApiProperty({ enum: BENEFITS })
  @IsIn(BENEFITS)
  benefit: Benefit;
}

/** The profile fields a coach sets; `null` clears a field, leaving it out keeps it. */
export class ProfileFieldsDto implements ProfileInput {
  @ApiPropertyOptional({ type: [String], nullable: true, description: 'ESCO occupation URIs' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(ESCO_OCCUPATION_URI, { each: true, message: OCCUPATION_URI_MESSAGE })
  wantedOccupations?: string[] | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 200,
    example: 'lasser',
    description: 'free text, linked to an ESCO occupation',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  wantedOccupationText?: string | null;

  @ApiPropertyOptional({ type: [String], nullable: true, description: 'ESCO skill URIs' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @Matches(ESCO_SKILL_URI, {
    each: true,
    message:
      'each value in $property must be an ESCO skill URI (http://data.europa.eu/esco/skill/<uuid>)',
  })
  skills?: string[] | null;

  @ApiPropertyOptional({ type: [WorkExperienceDto], nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => WorkExperienceDto)
  workExperience?: WorkExperienceDto[] | null;

  @ApiPropertyOptional({ type: QualificationDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => QualificationDto)
  highestQualification?: QualificationDto | null;

  @ApiPropertyOptional({ type: SchoolLeaverDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SchoolLeaverDto)
  schoolLeaver?: SchoolLeaverDto | null;

  @ApiPropertyOptional({
    type: CurrentEducationDto,
    nullable: true,
    description: 'the MBO course the job seeker follows now; counted by insight as a coming leaver',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CurrentEducationDto)
  currentEducation?: CurrentEducationDto | null;

  @ApiPropertyOptional({ type: [String], nullable: true, example: ['VCA-basis', 'heftruck'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(80, { each: true })
  certificates?: string[] | null;

  @ApiPropertyOptional({ enum: DRIVING_LICENCES, isArray: true, nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(DRIVING_LICENCES, { each: true })
  drivingLicences?: DrivingLicence[] | null;

  @ApiPropertyOptional({ type: Boolean, nullable: true })
  @IsOptional()
  @IsBoolean()
  travelsIndependently?: boolean | null;

  @ApiPropertyOptional({ type: Boolean, nullable: true })
  @IsOptional()
  @IsBoolean()
  ownTransport?: boolean | null;

  @ApiPropertyOptional({ type: HomeLocationDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => HomeLocationDto)
  homeLocation?: HomeLocationDto | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 0, maximum: 250, example: 25 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(250)
  maxTravelKm?: number | null;

  @ApiPropertyOptional({ type: HoursPerWeekDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => HoursPerWeekDto)
  hoursPerWeek?: HoursPerWeekDto | null;

  @ApiPropertyOptional({ type: Boolean, nullable: true, description: 'explicit "available now"' })
  @IsOptional()
  @IsBoolean()
  availableNow?: boolean | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2026-09-01' })
  @IsOptional()
  @IsDateWithin(AVAILABLE_FROM_WINDOW)
  availableFrom?: string | null;

  @ApiPropertyOptional({ type: [LanguageDto], nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique((l: LanguageDto) => l?.language, { message: '$property lists a language twice' })
  @ValidateNested({ each: true })
  @Type(() => LanguageDto)
  languages?: LanguageDto[] | null;

  @ApiPropertyOptional({ type: Boolean, nullable: true })
  @IsOptional()
  @IsBoolean()
  willingToWorkInGermany?: boolean | null;

  @ApiPropertyOptional({ type: TargetGroupsDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TargetGroupsDto)
  targetGroups?: TargetGroupsDto | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'free text for coach and adviser only',
    maxLength: 2000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  supportNeeded?: string | null;
}
