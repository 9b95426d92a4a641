import { ApiErrorResponses, pageOf, PageQueryDto } from '@wt/bootstrap';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, ROLES, Roles } from '@wt/auth';
import {
  HireDto,
  IntroductionContactDto,
  MatchStepPageDto,
  MatchWorkflowService,
  RejectMatchDto,
  StepNoteDto,
  StepResultDto,
} from '@wt/matching';

const UUID = new ParseUUIDPipe();

/**
 * The steps of one pair, from the vacancy's side. Every signed-in role passes the guard: the
 * workflow service decides who may take which step, and its 403 names the step.
 */
@ApiTags('workflow')
@ApiBearerAuth()
@Controller('vacancies/:id/matches/:seekerId')
export class MatchWorkflowController {
  constructor(private readonly workflow: MatchWorkflowService) {}

  @Post('shortlist')
  @ApiErrorResponses(409)
  @HttpCode(200)
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Shortlist a candidate (also one the engine did not suggest)' })
  @ApiOkResponse({ type: StepResultDto })
  shortlist(
    @CurrentPrincipal() p: Principal,
    @Param('id', UUID) id: string,
    @Param('seekerId', UUID) seekerId: string,
    @Body() body: StepNoteDto,
  ) {
    return this.workflow.shortlist(p, id, seekerId, body);
  }

  @Post('propose')
  @ApiErrorResponses(409)
  @HttpCode(200)
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Propose a shortlisted candidate to the employer (double opt-in)' })
  @ApiOkResponse({ type: StepResultDto })
  propose(
    @CurrentPrincipal() p: Principal,
    @Param('id', UUID) id: string,
    @Param('seekerId', UUID) seekerId: string,
    @Body() body: StepNoteDto,
  ) {
    return this.workflow.propose(p, id, seekerId, body);
  }

  @Post('introduction-request')
  @ApiErrorResponses(409)
  @HttpCode(200)
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Employer: ask for an introduction to a proposed candidate' })
  @ApiOkResponse({ type: StepResultDto })
  requestIntroduction(
    @CurrentPrincipal() p: Principal,
    @Param('id', UUID) id: string,
    @Param('seekerId', UUID) seekerId: string,
    @Body() body: StepNoteDto,
  ) {
    return this.workflow.requestIntroduction(p, id, seekerId, body);
  }

  @Post('reject')
  @ApiErrorResponses(409)
  @HttpCode(200)
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Reject (adviser) or decline (employer) with a coded reason' })
  @ApiOkResponse({ type: StepResultDto })
  reject(
    @CurrentPrincipal() p: Principal,
    @Param('id', UUID) id: string,
    @Param('seekerId', UUID) seekerId: string,
    @Body() body: RejectMatchDto,
  ) {
    return this.workflow.reject(p, id, seekerId, body);
  }

  @Post('hire')
  @ApiErrorResponses(409)
  @HttpCode(200)
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Record the hire of an introduced candidate (the placement)' })
  @ApiOkResponse({ type: StepResultDto })
  hire(
    @CurrentPrincipal() p: Principal,
    @Param('id', UUID) id: string,
    @Param('seekerId', UUID) seekerId: string,
    @Body() body: HireDto,
  ) {
    return this.workflow.hire(p, id, seekerId, body);
  }

  @Get('contact')
  @ApiErrorResponses(409)
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Employer: contact details once the job seeker agreed (audited)' })
  @ApiOkResponse({ type: IntroductionContactDto })
  contact(
    @CurrentPrincipal() p: Principal,
    @Param('id', UUID) id: string,
    @Param('seekerId', UUID) seekerId: string,
  ) {
    return this.workflow.contact(p, id, seekerId);
  }

  @Get('history')
  @Roles('adviser', 'admin')
  @ApiOperation({ summary: 'Every step of the pair: who, when, why' })
  @ApiOkResponse({ type: MatchStepPageDto })
  history(
    @CurrentPrincipal() p: Principal,
    @Param('id', UUID) id: string,
    @Param('seekerId', UUID) seekerId: string,
    @Query() query: PageQueryDto,
  ) {
    return this.workflow.history(p, id, seekerId, pageOf(query));
  }
}
