import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@wt/auth';
import {
  CandidateCardPageDto,
  MatchExplainService,
  MatchPageDto,
  MatchQueryDto,
  MatchReadService,
  PairExplanationDto,
} from '@wt/matching';

const UUID = new ParseUUIDPipe();

/** Shortlists per vacancy: full for advisers, anonymised candidate cards for the employer. */
@ApiTags('matches')
@ApiBearerAuth()
@ApiExtraModels(MatchPageDto, CandidateCardPageDto)
@Controller('vacancies/:id/matches')
export class VacancyMatchesController {
  constructor(
    private readonly reads: MatchReadService,
    private readonly explainer: MatchExplainService,
  ) {}

  @Get()
  @Roles('employer', 'adviser', 'admin')
  @ApiOperation({
    summary: 'The shortlist of a vacancy (employers: anonymised, double opt-in candidates only)',
  })
  @ApiOkResponse({
    description: 'advisers and admins: MatchPageDto; the vacancy’s employer: CandidateCardPageDto',
    schema: {
      anyOf: [{ $ref: getSchemaPath(MatchPageDto) }, { $ref: getSchemaPath(CandidateCardPageDto) }],
    },
  })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('id', UUID) id: string,
    @Query() query: MatchQueryDto,
  ) {
    return this.reads.forVacancy(principal, id, query.toFilters(), query.lang);
  }

  @Get(':seekerId/explain')
  @Roles('adviser', 'admin')
  @ApiOperation({ summary: 'Why a pair scored as it did, or why it is not on the list' })
  @ApiOkResponse({ type: PairExplanationDto })
  explain(
    @CurrentPrincipal() principal: Principal,
    @Param('id', UUID) id: string,
    @Param('seekerId', UUID) seekerId: string,
  ) {
    return this.explainer.explain(principal, id, seekerId);
  }
}
