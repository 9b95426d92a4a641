import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@wt/auth';
import { pageOf, PageQueryDto } from '@wt/bootstrap';
import { CaseloadService } from '@wt/job-seekers';
import { CaseloadQueryDto } from './caseload-query.dto';
import {
  CaseloadOverviewResponse,
  CaseloadPageResponse,
  RetentionSweepResponse,
} from './caseload.response.dto';

@ApiTags('caseload')
@ApiBearerAuth()
@Controller('caseload')
export class CaseloadController {
  constructor(private readonly caseload: CaseloadService) {}

  @Get()
  @Roles('coach', 'admin')
  @ApiOperation({ summary: 'Counts by completeness band and availability (admins name a coach)' })
  @ApiOkResponse({ type: CaseloadOverviewResponse })
  overview(
    @CurrentPrincipal() principal: Principal,
    @Query() query: CaseloadQueryDto,
  ): Promise<CaseloadOverviewResponse> {
    return this.caseload.overview(principal, query.coachId);
  }

  @Get('review')
  @Roles('coach', 'admin')
  @ApiOperation({ summary: 'Profiles flagged for a retention review (inactive too long)' })
  @ApiOkResponse({ type: CaseloadPageResponse })
  review(
    @CurrentPrincipal() principal: Principal,
    @Query() query: PageQueryDto,
  ): Promise<CaseloadPageResponse> {
    return this.caseload.flaggedForReview(principal, pageOf(query));
  }

  @Post('retention-sweep')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Flag every profile inactive beyond SEEKER_INACTIVE_REVIEW_DAYS' })
  @ApiOkResponse({ type: RetentionSweepResponse })
  sweep(@CurrentPrincipal() principal: Principal): Promise<RetentionSweepResponse> {
    return this.caseload.sweepInactive(principal);
  }
}
