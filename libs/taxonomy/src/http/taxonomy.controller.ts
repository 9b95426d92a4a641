import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@wt/auth';
import { TaxonomyService } from '../store/taxonomy.service';
import {
  ConceptLabelListDto,
  ConceptLookupQueryDto,
  OccupationSuggestionListDto,
  RankedConceptListDto,
  TaxonomyQueryDto,
} from './taxonomy-query.dto';

/** Typeahead for ESCO occupations and skills, and their labels by URI; served by both HTTP apps. */
@ApiTags('taxonomy')
@ApiBearerAuth()
@Controller('taxonomy')
@Roles('employer', 'adviser', 'coach', 'admin')
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Get('occupations')
  @ApiOkResponse({ type: OccupationSuggestionListDto })
  async occupations(@Query() query: TaxonomyQueryDto): Promise<OccupationSuggestionListDto> {
    return { items: await this.taxonomy.suggestOccupations(query.q, query.lang, query.limit) };
  }

  @Get('skills')
  @ApiOkResponse({ type: RankedConceptListDto })
  async skills(@Query() query: TaxonomyQueryDto): Promise<RankedConceptListDto> {
    return { items: await this.taxonomy.searchSkills(query.q, query.lang, query.limit) };
  }

  @Get('concepts')
  @ApiOperation({ summary: 'The labels of occupations and skills by URI, in the asked language' })
  @ApiOkResponse({ type: ConceptLabelListDto })
  concepts(@Query() query: ConceptLookupQueryDto): Promise<ConceptLabelListDto> {
    return this.taxonomy.labelConcepts(query.uri, query.lang);
  }
}
