import { Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig, isEmbeddedDatabase } from '@wt/config';
import { MatchableSeekersModule } from '@wt/job-seekers';
import { JobProducer } from '@wt/queue';
import { TaxonomyModule } from '@wt/taxonomy';
import { MatchableVacanciesModule } from '@wt/vacancies';
import { SCORING_MODEL } from '../core';
import { MatchRepository } from '../store/match.repository';
import {
  MatchSeekerHandler,
  MatchVacancyHandler,
  RefillVacancyListHandler,
  RematchAllHandler,
} from './match-jobs.handlers';
import { ListRefillRepository } from '../store/list-refill.repository';
import { VacancyFeatures } from '../features/matching-features';
import { ListWriter } from './list-writer';
import { MatchingIndexService } from './matching-index.service';
import { EMBEDDED_PACE, MatchingPace, SERVER_PACE } from './matching-pace';

/** Stored matches from another scoring model are re-computed: one re-match when the model changes. */
@Injectable()
export class ModelVersionCheck implements OnApplicationBootstrap {
  constructor(
    private readonly store: MatchRepository,
    private readonly producer: JobProducer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const stale = await this.store.otherModelVersion();
    if (stale === undefined) return;
    new Logger(ModelVersionCheck.name).log(
      `Matches of model ${stale} found: re-matching with ${SCORING_MODEL.version}`,
    );
    // One job per model version, however many workers start.
    await this.producer.enqueue('rematch-all', {
      reason: `model ${SCORING_MODEL.version}`,
      requestedAt: SCORING_MODEL.version,
    });
  }
}

/** The worker side of matching: the retrieval index and the job handlers; no audit trail needed. */
@Module({
  imports: [MatchableVacanciesModule, MatchableSeekersModule, TaxonomyModule],
  providers: [
    MatchRepository,
    MatchingIndexService,
    ListWriter,
    VacancyFeatures,
    MatchVacancyHandler,
    MatchSeekerHandler,
    RematchAllHandler,
    RefillVacancyListHandler,
    ListRefillRepository,
    ModelVersionCheck,
    {
      provide: MatchingPace,
      useFactory: (config: AppConfig) => (isEmbeddedDatabase(config) ? EMBEDDED_PACE : SERVER_PACE),
      inject: [APP_CONFIG],
    },
  ],
})
export class MatchingJobsModule {}
