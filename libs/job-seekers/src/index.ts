export * from './domain/job-seeker.types';
export * from './domain/job-seeker.views';
export * from './domain/profile-input';
export * from './domain/completeness';
export * from './domain/profile-rules';
export { CaseloadService } from './services/caseload.service';
export { ConsentService } from './services/consent.service';
export { JobSeekerIdentityService } from './services/job-seeker-identity.service';
export type {
  IntroductionContact,
  IntroductionRequest,
} from './services/job-seeker-identity.service';
export { SeekerAccessService } from './services/seeker-access.service';
export { JobSeekerProfileService } from './services/job-seeker-profile.service';
export { MatchableSeekersService } from './services/matchable-seekers.service';
export type { MatchableSeeker } from './services/matchable-seekers.service';
export { SeekerSummariesService } from './services/seeker-summaries.service';
export type { AvailableNowCount, SeekerSummary } from './services/seeker-summaries.service';
export { SeekerMatchQueue, SeekerMatchSweeper } from './services/seeker-match-queue';
export { SeekerErasureHooks } from './services/seeker-erasure.hooks';
export type { SeekerErasureHook } from './services/seeker-erasure.hooks';
export { JobSeekersModule } from './job-seekers.module';
export { MatchableSeekersModule } from './matchable-seekers.module';
export { SeekerAccessModule } from './seeker-access.module';
export { JOB_SEEKERS_ENTITIES } from './persistence/job-seekers.entities';
export { jobSeekersDemoSeeder } from './demo/job-seekers.seeder';
