import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import {
  JobSeekersModule,
  MatchableSeekersModule,
  SeekerAccessModule,
  SeekerErasureHooks,
} from '@wt/job-seekers';
import { TaxonomyModule } from '@wt/taxonomy';
import { MatchableVacanciesModule, VacancyLifecycleModule } from '@wt/vacancies';
import { MatchAccessService } from '../access/match-access.service';
import { MatchExplainService } from './match-explain.service';
import { VacancyFeatures } from '../features/matching-features';
import { MatchRepository } from '../store/match.repository';
import { MatchReadService } from './match-read.service';
import { MatchWorkflowRepository } from '../store/match-workflow.repository';
import { MatchWorkflowService } from '../workflow/match-workflow.service';
import { OutcomesReportService } from '../report/outcomes-report.service';
import { MatchNotificationRepository } from '../store/match-notification.repository';
import { StepNotificationQueue } from '../workflow/step-notification.queue';

/** Erasing a job seeker erases their matches, in the same transaction. */
@Injectable()
export class MatchErasure implements OnModuleInit {
  constructor(
    private readonly hooks: SeekerErasureHooks,
    private readonly store: MatchRepository,
  ) {}

  onModuleInit(): void {
    this.hooks.register('matching', (seekerId, manager) =>
      this.store.deleteForSeeker(seekerId, manager),
    );
  }
}

/**
 * The read side of matching for the HTTP apps: shortlists, a seeker's matches, explanations, the
 * access check and the erasure of a seeker's matches. Needs the app's global `AuditModule`.
 */
@Module({
  imports: [
    MatchableVacanciesModule,
    MatchableSeekersModule,
    SeekerAccessModule,
    TaxonomyModule,
    // The workflow closes vacancies it fills and reveals contact details at an introduction.
    VacancyLifecycleModule,
    JobSeekersModule,
  ],
  providers: [
    MatchAccessService,
    MatchRepository,
    MatchReadService,
    MatchExplainService,
    MatchErasure,
    VacancyFeatures,
    MatchWorkflowRepository,
    MatchWorkflowService,
    OutcomesReportService,
    MatchNotificationRepository,
    StepNotificationQueue,
  ],
  exports: [
    MatchReadService,
    MatchExplainService,
    MatchAccessService,
    MatchWorkflowService,
    OutcomesReportService,
  ],
})
export class MatchingReadModule {}
