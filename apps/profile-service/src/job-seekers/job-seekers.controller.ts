import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuditObject } from '@wt/audit';
import { CurrentPrincipal, Principal, Roles } from '@wt/auth';
import { CaseloadService, ConsentService, JobSeekerProfileService } from '@wt/job-seekers';
import { PageQueryDto, pageOf, ApiErrorResponses } from '@wt/bootstrap';
import { CaseloadPageResponse, TransferResponse } from '../caseload/caseload.response.dto';
import { ConsentDto, ReadReasonQueryDto, TransferDto } from './dto/access.dto';
import { CreateJobSeekerDto, UpdateJobSeekerDto } from './dto/create-job-seeker.dto';
import { JobSeekerResponse } from './dto/job-seeker.response.dto';

const SeekerId = () => Param('id', new ParseUUIDPipe({ version: '4' }));

@ApiTags('job-seekers')
@ApiBearerAuth()
@Controller('job-seekers')
export class JobSeekersController {
  constructor(
    private readonly profiles: JobSeekerProfileService,
    private readonly consent: ConsentService,
    private readonly caseload: CaseloadService,
  ) {}

  @Post()
  @Roles('coach')
  @ApiErrorResponses(409)
  @ApiOperation({ summary: 'Add a job seeker to your caseload (identity and profile together)' })
  @ApiCreatedResponse({ type: JobSeekerResponse })
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateJobSeekerDto,
  ): Promise<JobSeekerResponse> {
    return this.profiles.create(principal, body);
  }

  @Get()
  @Roles('coach')
  @ApiOperation({ summary: 'Your caseload, pseudonymous, with completeness per job seeker' })
  @ApiOkResponse({ type: CaseloadPageResponse })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: PageQueryDto,
  ): Promise<CaseloadPageResponse> {
    return this.profiles.listCaseload(principal, pageOf(query));
  }

  @Get(':id')
  @Roles('coach', 'adviser', 'admin')
  @AuditObject('job-seeker')
  @ApiOperation({ summary: 'A profile (advisers and admins must state a reason)' })
  @ApiOkResponse({ type: JobSeekerResponse })
  get(
    @CurrentPrincipal() principal: Principal,
    @SeekerId() id: string,
    @Query() query: ReadReasonQueryDto,
  ): Promise<JobSeekerResponse> {
    return this.profiles.get(principal, id, query.reason);
  }

  @Patch(':id')
  @Roles('coach')
  @AuditObject('job-seeker')
  @ApiOperation({ summary: 'Change profile fields (null clears a field)' })
  @ApiOkResponse({ type: JobSeekerResponse })
  update(
    @CurrentPrincipal() principal: Principal,
    @SeekerId() id: string,
    @Body() body: UpdateJobSeekerDto,
  ): Promise<JobSeekerResponse> {
    return this.profiles.update(principal, id, body);
  }

  @Delete(':id')
  @Roles('coach', 'admin')
  @AuditObject('job-seeker')
  @HttpCode(204)
  @ApiOperation({ summary: 'Erase the job seeker: personal data and matches, for good' })
  @ApiNoContentResponse()
  erase(@CurrentPrincipal() principal: Principal, @SeekerId() id: string): Promise<void> {
    return this.profiles.erase(principal, id);
  }

  @Put(':id/consent')
  @Roles('coach')
  @AuditObject('job-seeker')
  @ApiOperation({ summary: 'Record the job seeker’s consent and switch your own (double opt-in)' })
  @ApiOkResponse({ type: JobSeekerResponse })
  setConsent(
    @CurrentPrincipal() principal: Principal,
    @SeekerId() id: string,
    @Body() body: ConsentDto,
  ): Promise<JobSeekerResponse> {
    return this.consent.set(principal, id, body);
  }

  @Post(':id/availability/confirm')
  @Roles('coach')
  @AuditObject('job-seeker')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm the availability on file is still right' })
  @ApiOkResponse({ type: JobSeekerResponse })
  confirmAvailability(
    @CurrentPrincipal() principal: Principal,
    @SeekerId() id: string,
  ): Promise<JobSeekerResponse> {
    return this.profiles.confirmAvailability(principal, id);
  }

  @Post(':id/transfer')
  @Roles('coach', 'admin')
  @AuditObject('job-seeker')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hand the job seeker to another coach (their consent switch resets)' })
  @ApiOkResponse({ type: TransferResponse })
  transfer(
    @CurrentPrincipal() principal: Principal,
    @SeekerId() id: string,
    @Body() body: TransferDto,
  ): Promise<TransferResponse> {
    return this.caseload.transfer(principal, id, body.toCoachId);
  }
}
