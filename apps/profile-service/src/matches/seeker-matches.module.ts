import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@wt/config';
import { JobSeekersModule } from '@wt/job-seekers';
import { MatchingReadModule } from '@wt/matching';
import { SeekerMatchesController } from './seeker-matches.controller';
import { SeekerWorkflowController } from './seeker-workflow.controller';

/** `/job-seekers/:id/matches`, and erasure of a seeker's matches with the profile. */
@Module({})
export class SeekerMatchesModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: SeekerMatchesModule,
      imports: [JobSeekersModule, MatchingReadModule.register(config)],
      controllers: [SeekerMatchesController, SeekerWorkflowController],
    };
  }
}
