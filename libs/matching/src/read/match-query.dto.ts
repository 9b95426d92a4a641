import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { PageQueryDto, pageOf } from '@wt/bootstrap';
import { MatchFilters } from './match-read.types';

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

/** Query of a match list; shared by the registry's and the profile service's endpoints. */
export class MatchQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({}, { message: 'minScore must be a number between 0 and 100' })
  @Min(0)
  @Max(100)
  minScore?: number;

  @ApiPropertyOptional({ description: 'Only cross-border (true) or only Dutch (false) vacancies' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'crossBorder must be true or false' })
  crossBorder?: boolean;

  @ApiPropertyOptional({
    description:
      'Banenafspraak: target-group candidates (advisers) or banenafspraak vacancies (coaches)',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'banenafspraak must be true or false' })
  banenafspraak?: boolean;

  @ApiPropertyOptional({
    enum: ['nl', 'de', 'en'],
    default: 'nl',
    description: 'The language of the skill and occupation labels (the texts come in all three)',
  })
  @IsOptional()
  @IsIn(['nl', 'de', 'en'], { message: 'lang must be one of nl, de, en' })
  lang: 'nl' | 'de' | 'en' = 'nl';

  toFilters(): MatchFilters {
    return {
      minScore: this.minScore,
      crossBorder: this.crossBorder,
      banenafspraak: this.banenafspraak,
      ...pageOf(this),
    };
  }
}
