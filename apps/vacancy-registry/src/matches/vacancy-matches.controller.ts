import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@wt/auth';
import { MatchExplainService, MatchQueryDto, MatchReadService } from '@wt/matching';

const UUID = new ParseUUIDPipe();

/** Shortlists per vacancy: full for advisers, anonymised candidate cards for the employer. */
@ApiTags('matches')
@ApiBearerAuth()
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
  explain(
    @CurrentPrincipal() principal: Principal,
    @Param('id', UUID) id: string,
    @Param('seekerId', UUID) seekerId: string,
  ) {
    return this.explainer.explain(principal, id, seekerId);
  }
}
