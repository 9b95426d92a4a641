import { AUDIT_ENTITIES } from '@wt/audit';
import { JOB_SEEKERS_ENTITIES } from '@wt/job-seekers';
import { OPS_ENTITIES } from '@wt/ops';
import { VACANCIES_ENTITIES } from '@wt/vacancies';

/** Every entity of every bounded context, each context's own list: one database, one migration history. */
export const ENTITIES = [
  ...OPS_ENTITIES,
  ...JOB_SEEKERS_ENTITIES,
  ...AUDIT_ENTITIES,
  ...VACANCIES_ENTITIES,
];
