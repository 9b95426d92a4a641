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
import { ListRefillRepository } from '../store/list-refill.repository';
import { ListRefillQueue, ListRefillSweeper } from './list-refill.queue';

/**
 * Erasing a job seeker erases their matches, in the same transaction, and requests a refill of
 * each vacancy list they stood on; once the erasure committed, the refills go to the worker.
 */
@Injectable()
export class MatchErasure implements OnModuleInit {
  constructor(
    private readonly hooks: SeekerErasureHooks,
    private readonly store: MatchRepository,
    private readonly refills: ListRefillRepository,
    private readonly refillQueue: ListRefillQueue,
  ) {}

  onModuleInit(): void {
    this.hooks.register(
      'matching',
      async (seekerId, manager) => {
        await this.refills.requestForSeeker(seekerId, manager);
        await this.store.deleteForSeeker(seekerId, manager);
      },
      async () => void (await this.refillQueue.sendWaiting()),
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
    ListRefillRepository,
    ListRefillQueue,
    ListRefillSweeper,
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
