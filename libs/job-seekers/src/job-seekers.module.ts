import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GeoModule } from '@wt/geo';
import { TaxonomyModule } from '@wt/taxonomy';
import { JobSeekerIdentity } from './persistence/job-seeker-identity.entity';
import { JobSeekerProfile } from './persistence/job-seeker-profile.entity';
import { JobSeekerRepository } from './persistence/job-seeker.repository';
import { CaseloadService } from './services/caseload.service';
import { ConsentService } from './services/consent.service';
import { JobSeekerIdentityService } from './services/job-seeker-identity.service';
import { JobSeekerProfileService } from './services/job-seeker-profile.service';
import { MatchableSeekersService } from './services/matchable-seekers.service';
import { ProfileInputResolver } from './services/profile-input.resolver';
import { SeekerAccessService } from './services/seeker-access.service';
import { SeekerAudit } from './services/seeker-audit';
import { SeekerErasureHooks } from './services/seeker-erasure.hooks';
import { SeekerMatchQueue } from './services/seeker-match-queue';

/**
 * Job-seeker profiles, identity, caseloads and consent. Needs the global `AuditModule` and
 * `QueueModule` of the app. Other contexts use `MatchableSeekersService` and `SeekerErasureHooks`.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([JobSeekerProfile, JobSeekerIdentity]),
    TaxonomyModule,
    GeoModule,
  ],
  providers: [
    JobSeekerRepository,
    ProfileInputResolver,
    SeekerAudit,
    SeekerAccessService,
    SeekerErasureHooks,
    SeekerMatchQueue,
    JobSeekerProfileService,
    JobSeekerIdentityService,
    ConsentService,
    CaseloadService,
    MatchableSeekersService,
  ],
  exports: [
    SeekerAccessService,
    JobSeekerProfileService,
    JobSeekerIdentityService,
    ConsentService,
    CaseloadService,
    MatchableSeekersService,
    SeekerErasureHooks,
    SeekerMatchQueue,
  ],
})
export class JobSeekersModule {}
