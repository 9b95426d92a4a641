import { DynamicModule, Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, isEmbeddedDatabase } from '@wt/config';
import { JobSeekersModule } from '@wt/job-seekers';
import { JobProducer } from '@wt/queue';
import { TaxonomyModule } from '@wt/taxonomy';
import { VacanciesModule } from '@wt/vacancies';
import { DataSource } from 'typeorm';
import { SCORING_MODEL } from '../core';
import { MatchSeekerHandler, MatchVacancyHandler, RematchAllHandler } from './match-jobs.handlers';
import { VacancyFeatures } from './matching-features';
import { MatchingIndexService } from './matching-index.service';
import { EMBEDDED_PACE, MatchingPace, SERVER_PACE } from './matching-pace';

/** Stored matches from another scoring model are re-computed: one re-match when the model changes. */
@Injectable()
export class ModelVersionCheck implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: JobProducer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const stale = await this.dataSource.query(
      `SELECT model_version FROM matching.match WHERE model_version <> $1 LIMIT 1`,
      [SCORING_MODEL.version],
    );
    if (stale.length === 0) return;
    new Logger(ModelVersionCheck.name).log(
      `Matches of model ${stale[0].model_version} found: re-matching with ${SCORING_MODEL.version}`,
    );
    // One job per model version, however many workers start.
    await this.producer.enqueue('rematch-all', {
      reason: `model ${SCORING_MODEL.version}`,
      requestedAt: SCORING_MODEL.version,
    });
  }
}

/** The worker side of matching: the retrieval index and the job handlers. */
@Module({})
export class MatchingJobsModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: MatchingJobsModule,
      imports: [VacanciesModule.register(config), JobSeekersModule, TaxonomyModule],
      providers: [
        MatchingIndexService,
        VacancyFeatures,
        MatchVacancyHandler,
        MatchSeekerHandler,
        RematchAllHandler,
        ModelVersionCheck,
        {
          provide: MatchingPace,
          useValue: isEmbeddedDatabase(config) ? EMBEDDED_PACE : SERVER_PACE,
        },
      ],
    };
  }
}
