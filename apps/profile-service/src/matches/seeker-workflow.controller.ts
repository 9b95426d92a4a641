import { ApiErrorResponses } from '@wt/bootstrap';
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@wt/auth';
import {
  IntroductionAgreementDto,
  MatchWorkflowService,
  RejectMatchDto,
  StepNoteDto,
  StepResultDto,
} from '@wt/matching';

const UUID = new ParseUUIDPipe();

/** The steps a coach takes for their own job seeker. */
@ApiTags('workflow')
@ApiBearerAuth()
@ApiErrorResponses(409)
@Controller('job-seekers/:id/matches/:vacancyId')
export class SeekerWorkflowController {
  constructor(private readonly workflow: MatchWorkflowService) {}

  @Post('shortlist')
  @HttpCode(200)
  @Roles('coach')
  @ApiOperation({ summary: 'Shortlist a suggested vacancy for the job seeker' })
  @ApiOkResponse({ type: StepResultDto })
  shortlist(
    @CurrentPrincipal() p: Principal,
    @Param('id', UUID) id: string,
    @Param('vacancyId', UUID) vacancyId: string,
    @Body() body: StepNoteDto,
  ) {
    return this.workflow.shortlist(p, vacancyId, id, body);
  }

  @Post('introduction-agreement')
  @HttpCode(200)
  @Roles('coach')
  @ApiOperation({
    summary: "Record the job seeker's yes or no to this introduction (with the date)",
  })
  @ApiOkResponse({ type: StepResultDto })
  agreement(
    @CurrentPrincipal() p: Principal,
    @Param('id', UUID) id: string,
    @Param('vacancyId', UUID) vacancyId: string,
    @Body() body: IntroductionAgreementDto,
  ) {
    return this.workflow.recordAgreement(p, vacancyId, id, body);
  }

  @Post('reject')
  @HttpCode(200)
  @Roles('coach')
  @ApiOperation({ summary: 'Reject a match (for the job seeker, or as the coach)' })
  @ApiOkResponse({ type: StepResultDto })
  reject(
    @CurrentPrincipal() p: Principal,
    @Param('id', UUID) id: string,
    @Param('vacancyId', UUID) vacancyId: string,
    @Body() body: RejectMatchDto,
  ) {
    return this.workflow.reject(p, vacancyId, id, body);
  }
}
