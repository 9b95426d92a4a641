import type { components } from './profiles';

/** The admin endpoints' answers, as the profile service's OpenAPI document describes them. */
export type AuditRecord = components['schemas']['AuditRecordDto'];
export type AuditRecordPage = components['schemas']['AuditPageDto'];
export type FailedJob = components['schemas']['FailedJobDto'];
export type FailedJobsPage = components['schemas']['FailedJobsPageDto'];

export const AUDIT_OBJECT_TYPES = [
  'job-seeker',
  'match',
  'insight',
  'audit-trail',
  'failed-jobs',
] as const;
