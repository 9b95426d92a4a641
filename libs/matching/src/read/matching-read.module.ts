import { DynamicModule, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@wt/config';
import { JobSeekersModule, SeekerErasureHooks } from '@wt/job-seekers';
import { TaxonomyModule } from '@wt/taxonomy';
import { VacanciesModule } from '@wt/vacancies';
import { MatchExplainService } from './match-explain.service';
import { VacancyFeatures } from '../features/matching-features';
import { MatchReadService } from './match-read.service';

/** Erasing a job seeker erases their matches, in the same transaction. */
@Injectable()
export class MatchErasure implements OnModuleInit {
  constructor(private readonly hooks: SeekerErasureHooks) {}

  onModuleInit(): void {
    this.hooks.register('matching', (seekerId, manager) =>
      manager
        .query(`DELETE FROM matching.match WHERE seeker_id = $1`, [seekerId])
        .then(() => undefined),
    );
  }
}

/** The read side of matching for the HTTP apps. */
@Module({})
export class MatchingReadModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: MatchingReadModule,
      imports: [VacanciesModule.register(config), JobSeekersModule, TaxonomyModule],
      providers: [MatchReadService, MatchExplainService, MatchErasure, VacancyFeatures],
      exports: [MatchReadService, MatchExplainService],
    };
  }
}
