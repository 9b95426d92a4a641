import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
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
