import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { MatchableSeekersModule, SeekerAccessModule, SeekerErasureHooks } from '@wt/job-seekers';
import { TaxonomyModule } from '@wt/taxonomy';
import { MatchableVacanciesModule } from '@wt/vacancies';
import { MatchAccessService } from '../access/match-access.service';
import { MatchExplainService } from './match-explain.service';
import { VacancyFeatures } from '../features/matching-features';
import { MatchRepository } from '../store/match.repository';
import { MatchReadService } from './match-read.service';

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
  imports: [MatchableVacanciesModule, MatchableSeekersModule, SeekerAccessModule, TaxonomyModule],
  providers: [
    MatchAccessService,
    MatchRepository,
    MatchReadService,
    MatchExplainService,
    MatchErasure,
    VacancyFeatures,
  ],
  exports: [MatchReadService, MatchExplainService, MatchAccessService],
})
export class MatchingReadModule {}
