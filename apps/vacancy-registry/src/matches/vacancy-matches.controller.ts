import { BadRequestException, Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditService } from '@wt/audit';
import { CurrentPrincipal, Principal, Roles } from '@wt/auth';
import { MatchExplainService, MatchQueryDto, MatchReadService } from '@wt/matching';
import { VacanciesService } from '@wt/vacancies';

const UUID = new ParseUUIDPipe();

/** Shortlists per vacancy: full for advisers, anonymised candidate cards for the employer. */
@ApiTags('matches')
@ApiBearerAuth()
@Controller('vacancies/:id/matches')
export class VacancyMatchesController {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly reads: MatchReadService,
    private readonly explainer: MatchExplainService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Roles('employer', 'adviser', 'admin')
  @ApiOperation({
    summary: 'The shortlist of a vacancy (employers: anonymised, double opt-in candidates only)',
  })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Param('id', UUID) id: string,
    @Query() query: MatchQueryDto,
  ) {
    await this.vacancies.get(principal, id);
    if (principal.role === 'employer') {
      if (query.banenafspraak !== undefined) {
        throw new BadRequestException(
          'banenafspraak: target-group status is not shown to employers',
        );
      }
      return this.reads.candidateCards(id, query.toFilters(), query.lang);
    }
    await this.audit.record({
      actor: principal,
      action: 'read',
      objectType: 'vacancy-shortlist',
      objectId: id,
      result: 'allowed',
    });
    return this.reads.shortlist(id, query.toFilters(), query.lang);
  }

  @Get(':seekerId/explain')
  @Roles('adviser', 'admin')
  @ApiOperation({ summary: 'Why a pair scored as it did, or why it is not on the list' })
  async explain(
    @CurrentPrincipal() principal: Principal,
    @Param('id', UUID) id: string,
    @Param('seekerId', UUID) seekerId: string,
  ) {
    await this.vacancies.get(principal, id);
    await this.audit.record({
      actor: principal,
      action: 'read',
      objectType: 'match',
      objectId: `${id}/${seekerId}`,
      result: 'allowed',
    });
    return this.explainer.explain(id, seekerId);
  }
}
