import { Module } from '@nestjs/common';
import { MatchingReadModule } from '@wt/matching';
import { SeekerMatchesController } from './seeker-matches.controller';
import { SeekerWorkflowController } from './seeker-workflow.controller';

/** `/job-seekers/:id/matches`, and erasure of a seeker's matches with the profile. */
@Module({
  imports: [MatchingReadModule],
  controllers: [SeekerMatchesController, SeekerWorkflowController],
})
export class SeekerMatchesModule {}
