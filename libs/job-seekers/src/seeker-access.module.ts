import { Module } from '@nestjs/common';
import { JobSeekerPersistenceModule } from './persistence/job-seeker-persistence.module';
import { SeekerAccessService } from './services/seeker-access.service';
import { SeekerAudit } from './services/seeker-audit';

/**
 * "May this principal see job seeker Y?" for other contexts (a seeker's matches), with the audit
 * entry. Needs the app's global `AuditModule`.
 */
@Module({
  imports: [JobSeekerPersistenceModule],
  providers: [SeekerAudit, SeekerAccessService],
  exports: [SeekerAudit, SeekerAccessService],
})
export class SeekerAccessModule {}
