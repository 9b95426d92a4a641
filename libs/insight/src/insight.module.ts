import { Module } from '@nestjs/common';
import { JobSeekersModule } from '@wt/job-seekers';
import { MatchingReadModule, VacancyFeatures } from '@wt/matching';
import { TaxonomyModule } from '@wt/taxonomy';
import { MatchableVacanciesModule } from '@wt/vacancies';
import { InsightMarketService } from './insight-market.service';
import { InsightPictureService } from './insight-picture.service';
import { InsightSnapshotRepository } from './insight-snapshot.repository';
import { InsightSnapshotService } from './insight-snapshot.service';
import { InsightService } from './insight.service';

/** Regional insight: read-only over the vacancies', job seekers', matching and taxonomy services. */
@Module({
  imports: [MatchableVacanciesModule, JobSeekersModule, TaxonomyModule, MatchingReadModule],
  providers: [
    VacancyFeatures,
    InsightPictureService,
    InsightMarketService,
    InsightSnapshotRepository,
    InsightSnapshotService,
    InsightService,
  ],
  exports: [InsightService, InsightSnapshotService],
})
export class InsightModule {}
