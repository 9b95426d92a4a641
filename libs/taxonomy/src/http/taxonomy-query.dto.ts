import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { TaxonomyLanguage } from '../store/taxonomy.service';

export class TaxonomyQueryDto {
  @ApiProperty({ description: 'What the user typed', example: 'heftruckchauffeur' })
  @IsString()
  @Length(1, 200)
  q: string;

  @ApiPropertyOptional({ enum: ['nl', 'de', 'en'], default: 'nl' })
  @IsOptional()
  @IsIn(['nl', 'de', 'en'])
  lang: TaxonomyLanguage = 'nl';

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit = 10;
}

export class RankedConceptDto {
  @ApiProperty({ example: 'http://data.europa.eu/esco/occupation/...' })
  uri: string;

  @ApiProperty({ description: 'The label that matched best' })
  label: string;

  @ApiProperty({ description: 'Linker confidence in [0, 1]' })
  score: number;

  @ApiPropertyOptional({ enum: ['nl', 'de', 'en'], description: 'The language of the label' })
  labelLang?: string;
}

export class RankedConceptListDto {
  @ApiProperty({ type: [RankedConceptDto] })
  items: RankedConceptDto[];
}

export class OccupationLabelsDto {
  @ApiPropertyOptional() nl?: string;
  @ApiPropertyOptional() de?: string;
  @ApiPropertyOptional() en?: string;
}

export class OccupationSuggestionDto {
  @ApiProperty({ example: 'http://data.europa.eu/esco/occupation/...' })
  uri: string;

  @ApiProperty({ description: 'The preferred label in the asked language' })
  label: string;

  @ApiProperty({ description: 'The label the text matched (may be an alternative label)' })
  matchedLabel: string;

  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['nl', 'de', 'en'],
    description: 'Its language',
  })
  matchedLang: string | null;

  @ApiProperty({ type: OccupationLabelsDto, description: 'The preferred label per language' })
  labels: OccupationLabelsDto;

  @ApiProperty({ description: 'Linker confidence in [0, 1]' })
  score: number;
}

export class OccupationSuggestionListDto {
  @ApiProperty({ type: [OccupationSuggestionDto] })
  items: OccupationSuggestionDto[];
}

/** At most this many URIs per look-up: a vacancy's skills (50 required, 50 optional) and more. */
export const MAX_CONCEPT_LOOKUP = 200;

export class ConceptLookupQueryDto {
  @ApiProperty({
    type: [String],
    description: `ESCO concept URIs (occupations or skills), repeated: ?uri=...&uri=... (at most ${MAX_CONCEPT_LOOKUP})`,
    example: ['http://data.europa.eu/esco/skill/...'],
  })
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value : [value]))
  @IsArray()
  @ArrayMinSize(1, { message: 'uri must name at least one concept' })
  @ArrayMaxSize(MAX_CONCEPT_LOOKUP, {
    message: `uri may name at most ${MAX_CONCEPT_LOOKUP} concepts`,
  })
  @IsString({ each: true, message: 'uri must hold ESCO concept URIs' })
  @MaxLength(300, {
    each: true,
    message: 'uri must hold ESCO concept URIs of at most 300 characters',
  })
  @Matches(/^https?:\/\/\S+$/, { each: true, message: 'uri must hold ESCO concept URIs' })
  uri: string[];

  @ApiPropertyOptional({ enum: ['nl', 'de', 'en'], default: 'nl' })
  @IsOptional()
  @IsIn(['nl', 'de', 'en'], { message: 'lang must be one of nl, de, en' })
  lang: TaxonomyLanguage = 'nl';
}

export class ConceptLabelDto {
  @ApiProperty({ example: 'http://data.europa.eu/esco/skill/...' })
  uri: string;

  @ApiProperty({ enum: ['occupation', 'skill'] })
  kind: 'occupation' | 'skill';

  @ApiProperty({
    description: 'The preferred label in the asked language, else in English, else in another',
  })
  label: string;

  @ApiProperty({ enum: ['nl', 'de', 'en'], description: 'The language of the label' })
  lang: string;
}

export class ConceptLabelListDto {
  @ApiProperty({
    type: [ConceptLabelDto],
    description: 'One per known concept, in the order asked; unknown URIs are left out',
  })
  items: ConceptLabelDto[];

  @ApiProperty({ type: [String], description: 'The asked URIs that name no occupation or skill' })
  unknown: string[];
}
