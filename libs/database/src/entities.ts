import { AuditEvent } from '../../audit/src/audit-event.entity';
import { JobSeekerIdentity } from '../../job-seekers/src/persistence/job-seeker-identity.entity';
import { JobSeekerProfile } from '../../job-seekers/src/persistence/job-seeker-profile.entity';
import { PingRecord } from '../../ops/src/ping-record.entity';
import { EmployerEntity } from '../../vacancies/src/entities/employer.entity';
import { VacancyEntity } from '../../vacancies/src/entities/vacancy.entity';

/** Every entity of every bounded context: one database, one migration history. */
export const ENTITIES = [
  PingRecord,
  JobSeekerProfile,
  JobSeekerIdentity,
  AuditEvent,
  EmployerEntity,
  VacancyEntity,
];
