import { Injectable } from '@nestjs/common';
import { AuditService } from '@wt/audit';
import type { Principal } from '@wt/auth';
import { FailedJobsPage, FailedJobStore, JobProducer } from '@wt/queue';

/**
 * The admin's view of jobs that failed for good: list them, and run them all again once the
 * cause is fixed. Both are recorded in the audit trail, like the other admin lookups.
 */
@Injectable()
export class FailedJobsAdminService {
  constructor(
    private readonly failedJobs: FailedJobStore,
    private readonly producer: JobProducer,
    private readonly audit: AuditService,
  ) {}

  async list(admin: Principal, page: number, pageSize: number): Promise<FailedJobsPage> {
    const result = await this.failedJobs.list(page, pageSize);
    await this.record(admin, 'search', 'failed');
    return result;
  }

  /** Queues every failed job again under its own id; each leaves the list once it is queued. */
  async retryAll(admin: Principal): Promise<{ retried: number }> {
    let retried = 0;
    for (const job of await this.failedJobs.all()) {
      await this.producer.retry(job.jobId, job.name, job.payload as never);
      await this.failedJobs.forget(job.jobId);
      retried += 1;
    }
    await this.record(admin, 'update', `retried:${retried}`);
    return { retried };
  }

  private record(admin: Principal, action: 'search' | 'update', objectId: string): Promise<void> {
    return this.audit.record({
      actor: admin,
      action,
      objectType: 'failed-jobs',
      objectId,
      result: 'allowed',
    });
  }
}
