import { Module } from '@nestjs/common';
import { JobSeekersModule, SeekerMatchSweeper } from '@wt/job-seekers';
import { CaseloadController } from '../caseload/caseload.controller';
import { JobSeekerIdentityController } from './job-seeker-identity.controller';
import { JobSeekersController } from './job-seekers.controller';

/** The HTTP face of the job-seekers context: `/job-seekers` and `/caseload`. */
@Module({
  imports: [JobSeekersModule],
  controllers: [JobSeekersController, JobSeekerIdentityController, CaseloadController],
  providers: [SeekerMatchSweeper],
})
export class JobSeekersHttpModule {}
