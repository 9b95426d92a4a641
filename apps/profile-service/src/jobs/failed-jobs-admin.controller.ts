import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@wt/auth';
import { PageQueryDto, pageOf } from '@wt/bootstrap';
import { FailedJobsAdminService } from '@wt/ops';
import { FailedJobsPageDto, RetriedJobsDto } from './failed-jobs-admin.dto';

/** Jobs that failed for good, for admins: see them, and run them again after a fix. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/jobs/failed')
export class FailedJobsAdminController {
  constructor(private readonly failedJobs: FailedJobsAdminService) {}

  @Get()
  @ApiOperation({ summary: 'Jobs that failed their last attempt, newest first' })
  @ApiOkResponse({ type: FailedJobsPageDto })
  async list(
    @CurrentPrincipal() admin: Principal,
    @Query() query: PageQueryDto,
  ): Promise<FailedJobsPageDto> {
    const { page, pageSize } = pageOf(query);
    return FailedJobsPageDto.from(await this.failedJobs.list(admin, page, pageSize));
  }

  @Post('retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Queue every failed job again (after a fix)' })
  @ApiOkResponse({ type: RetriedJobsDto })
  retry(@CurrentPrincipal() admin: Principal): Promise<RetriedJobsDto> {
    return this.failedJobs.retryAll(admin);
  }
}
