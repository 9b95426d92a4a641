import { Module } from '@nestjs/common';
import { GeoModule } from '@wt/geo';
import { TaxonomyModule } from '@wt/taxonomy';
import { MatchableSeekersModule } from './matchable-seekers.module';
import { JobSeekerPersistenceModule } from './persistence/job-seeker-persistence.module';
import { SeekerAccessModule } from './seeker-access.module';
import { CaseloadService } from './services/caseload.service';
import { ConsentService } from './services/consent.service';
import { JobSeekerIdentityService } from './services/job-seeker-identity.service';
import { JobSeekerProfileService } from './services/job-seeker-profile.service';
import { ProfileInputResolver } from './services/profile-input.resolver';
import { SeekerMatchQueue } from './services/seeker-match-queue';

/**
 * Job-seeker profiles, identity, caseloads and consent. Needs the global `AuditModule` and
 * `QueueModule` of the app. Other contexts import the narrow `MatchableSeekersModule` (profiles
 * for scoring, erasure hooks) and `SeekerAccessModule` (the access check) instead.
 */
@Module({
  imports: [
    JobSeekerPersistenceModule,
    MatchableSeekersModule,
    SeekerAccessModule,
    TaxonomyModule,
    GeoModule,
  ],
  providers: [
    ProfileInputResolver,
    SeekerMatchQueue,
    JobSeekerProfileService,
    JobSeekerIdentityService,
    ConsentService,
    CaseloadService,
  ],
  exports: [
    MatchableSeekersModule,
    SeekerAccessModule,
    JobSeekerProfileService,
    JobSeekerIdentityService,
    ConsentService,
    CaseloadService,
    SeekerMatchQueue,
  ],
})
export class JobSeekersModule {}
