import { Module } from '@nestjs/common';
import { FailedJobsAdminService } from '@wt/ops';
import { FailedJobsAdminController } from './failed-jobs-admin.controller';

/** The admin's list of failed jobs (the store and the producer come from the global QueueModule). */
@Module({ controllers: [FailedJobsAdminController], providers: [FailedJobsAdminService] })
export class FailedJobsAdminModule {}
