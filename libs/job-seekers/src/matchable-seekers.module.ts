import { Module } from '@nestjs/common';
import { JobSeekerPersistenceModule } from './persistence/job-seeker-persistence.module';
import { MatchableSeekersService } from './services/matchable-seekers.service';
import { SeekerErasureHooks } from './services/seeker-erasure.hooks';
import { SeekerSummariesService } from './services/seeker-summaries.service';

/**
 * What other contexts (matching, insight) need of the job seekers without the rest of the
 * context: the profiles as scoring reads them, lean summaries for aggregates, and the erasure
 * hooks. Needs no audit trail, so the worker imports it without the HTTP security stack.
 */
@Module({
  imports: [JobSeekerPersistenceModule],
  providers: [MatchableSeekersService, SeekerSummariesService, SeekerErasureHooks],
  exports: [MatchableSeekersService, SeekerSummariesService, SeekerErasureHooks],
})
export class MatchableSeekersModule {}
