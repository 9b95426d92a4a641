export * from './core';
export * from './engine';
export { MatchRepository } from './store/match.repository';
export type {
  MatchRecord,
  MatchRowFilter,
  MissingSkillTally,
  RankedMatch,
  RematchChunk,
  StoredMatch,
} from './store/match.types';
export { MatchingJobsModule } from './worker/matching-jobs.module';
export { MatchingIndexService } from './worker/matching-index.service';
export { VacancyFeatures, seekerFeatures, occupationUrisOf } from './features/matching-features';
export { MatchingReadModule } from './read/matching-read.module';
export { MatchReadService, distanceBand } from './read/match-read.service';
export { MatchExplainService } from './read/match-explain.service';
export { MatchAccessService } from './access/match-access.service';
export type {
  MatchAccessRequest,
  MatchGrant,
  MatchPermission,
} from './access/match-access.service';
export type { PairExplanation } from './read/match-explain.service';
export * from './read/match-read.types';
export { MatchQueryDto } from './read/match-query.dto';
export { MatchWorkflowService } from './workflow/match-workflow.service';
export * from './workflow/match-workflow.dto';
export * from './workflow/match-workflow.types';
export {
  REJECTION_REASONS,
  REJECTED_BY,
  OPEN_STEPS,
  EMPLOYER_VISIBLE_STEPS,
  HOURS_PER_BAAN,
  banenFor,
} from './workflow/workflow-rules';
export type { RejectionReason, RejectedBy, WorkflowAction } from './workflow/workflow-rules';
export { MatchWorkflowRepository } from './store/match-workflow.repository';
export { OutcomesReportService } from './report/outcomes-report.service';
export type { EmployerPlacements, RegionOutcomes } from './report/outcomes-report.service';
export * from './report/outcomes-report';
export { MatchNotificationRepository } from './store/match-notification.repository';
export type { NotifiableStep, ScoredPair } from './store/match-notification.repository';
export { StepNotificationQueue } from './workflow/step-notification.queue';
export { MatchNotificationFactsModule } from './workflow/match-notification-facts.module';
export * from './read/match-response.dto';
export * from './report/outcomes-report.dto';
