import { ApiErrorResponses } from '@wt/bootstrap';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditObject } from '@wt/audit';
import { CurrentPrincipal, Principal, Roles } from '@wt/auth';
import { JobSeekerIdentityService } from '@wt/job-seekers';
import { IntroductionRequestDto } from './dto/access.dto';
import { UpdateIdentityDto } from './dto/identity.dto';
import { IdentityResponse } from './dto/job-seeker.response.dto';

const SeekerId = () => Param('id', new ParseUUIDPipe({ version: '4' }));

/** Name and contact details: a table and an endpoint of their own, each read audited. */
@ApiTags('job-seekers')
@ApiBearerAuth()
@Controller('job-seekers/:id')
export class JobSeekerIdentityController {
  constructor(private readonly identities: JobSeekerIdentityService) {}

  @Get('identity')
  @Roles('coach')
  @AuditObject('job-seeker-identity')
  @ApiOperation({ summary: 'Name, contact details and client reference (coach of the caseload)' })
  @ApiOkResponse({ type: IdentityResponse })
  get(@CurrentPrincipal() principal: Principal, @SeekerId() id: string): Promise<IdentityResponse> {
    return this.identities.get(principal, id);
  }

  @Patch('identity')
  @ApiErrorResponses(409)
  @Roles('coach')
  @AuditObject('job-seeker-identity')
  @ApiOperation({ summary: 'Correct name, contact details or client reference' })
  @ApiOkResponse({ type: IdentityResponse })
  update(
    @CurrentPrincipal() principal: Principal,
    @SeekerId() id: string,
    @Body() body: UpdateIdentityDto,
  ): Promise<IdentityResponse> {
    return this.identities.update(principal, id, body);
  }

  @Post('introduction-contact')
  @ApiErrorResponses(409)
  @Roles('adviser')
  @AuditObject('job-seeker-identity')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Contact details for an introduction (adviser, with a reason, after double opt-in)',
  })
  @ApiOkResponse({ type: IdentityResponse })
  releaseForIntroduction(
    @CurrentPrincipal() principal: Principal,
    @SeekerId() id: string,
    @Body() body: IntroductionRequestDto,
  ): Promise<IdentityResponse> {
    return this.identities.releaseForIntroduction(principal, id, body);
  }
}
