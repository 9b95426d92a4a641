import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { CurrentPrincipal, Principal, Roles } from '@wt/auth';
import { FailedJobsAdminService } from '@wt/ops';
import { FailedJobsPageDto, FailedJobsPageQuery, RetriedJobsDto } from './failed-jobs-admin.dto';

/** Jobs that failed for good, for admins: see them, and run them again after a fix. */
@Roles('admin')
@Controller('admin/jobs/failed')
export class FailedJobsAdminController {
  constructor(private readonly failedJobs: FailedJobsAdminService) {}

  @Get()
  async list(
    @CurrentPrincipal() admin: Principal,
    @Query() { page, pageSize }: FailedJobsPageQuery,
  ): Promise<FailedJobsPageDto> {
    return FailedJobsPageDto.from(await this.failedJobs.list(admin, page, pageSize));
  }

  @Post('retry')
  @HttpCode(200)
  retry(@CurrentPrincipal() admin: Principal): Promise<RetriedJobsDto> {
    return this.failedJobs.retryAll(admin);
  }
}
