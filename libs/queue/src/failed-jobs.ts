import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { jobsFailedPermanently } from './job-metrics';
import type { JobName } from './queue-names';

/** Longest error text kept: the message names the cause, never a stack or a row's values. */
const MAX_ERROR_CHARS = 500;

export interface FailedJob {
  jobId: string;
  name: JobName;
  /** Ids and versions only, as every payload. */
  payload: unknown;
  attempts: number;
  error: string;
  failedAt: string;
}

export interface FailedJobsPage {
  items: FailedJob[];
  page: number;
  pageSize: number;
  total: number;
}

/**
 * Jobs that failed their last attempt (`ops.failed_job`), written by the worker in both queue
 * modes: a failed job is a defect to look at and run again after the fix, not a statistic.
 */
@Injectable()
export class FailedJobStore {
  private readonly logger = new Logger(FailedJobStore.name);

  constructor(private readonly dataSource: DataSource) {}

  /** Counts, logs (ids only) and stores a job that failed for good; never throws. */
  async record(job: Omit<FailedJob, 'failedAt'>): Promise<void> {
    jobsFailedPermanently.inc({ job: job.name });
    const error = job.error.slice(0, MAX_ERROR_CHARS);
    this.logger.error(
      `${job.name} ${job.jobId} failed for good after ${job.attempts} attempt(s): ${error}`,
    );
    const seekerId = seekerOf(job.payload);
    const values = [job.jobId, job.name, JSON.stringify(job.payload), job.attempts, error];
    try {
      if (seekerId === undefined) {
        await this.dataSource.query(
          `INSERT INTO ops.failed_job (job_id, name, payload, attempts, error) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (job_id) DO UPDATE SET attempts = excluded.attempts, error = excluded.error, failed_at = now()`,
          values,
        );
        return;
      }
      // Never a row naming an erased seeker: the erasure holds the seeker's lock while it deletes
      // their failed jobs; once it is ours, the erasure feed shows whether it committed.
      await this.dataSource.transaction(async (m) => {
        await lockSeeker(m, seekerId);
        await m.query(
          `INSERT INTO ops.failed_job (job_id, name, payload, attempts, error)
           SELECT $1, $2, $3, $4, $5
            WHERE NOT EXISTS (SELECT 1 FROM job_seekers.erased_seeker WHERE seeker_id = $6::uuid)
           ON CONFLICT (job_id) DO UPDATE SET attempts = excluded.attempts, error = excluded.error, failed_at = now()`,
          [...values, seekerId],
        );
      });
    } catch (failure) {
      this.logger.warn(`${job.jobId} not stored as failed: ${(failure as Error).message}`);
    }
  }

  /** Newest first. */
  async list(page: number, pageSize: number): Promise<FailedJobsPage> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT job_id, name, payload, attempts, error, failed_at::text AS failed_at, count(*) OVER () AS total
         FROM ops.failed_job ORDER BY failed_at DESC, job_id LIMIT $1 OFFSET $2`,
      [pageSize, (page - 1) * pageSize],
    );
    const total = rows.length > 0 ? Number(rows[0].total) : await this.count();
    return { items: rows.map(toFailedJob), page, pageSize, total };
  }

  /** Every stored failed job, oldest first (to run them again). */
  async all(): Promise<FailedJob[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT job_id, name, payload, attempts, error, failed_at::text AS failed_at
         FROM ops.failed_job ORDER BY failed_at, job_id`,
    );
    return rows.map(toFailedJob);
  }

  async forget(jobId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM ops.failed_job WHERE job_id = $1`, [jobId]);
  }

  /**
   * Erasure: the failed jobs that name this job seeker are deleted (so never run again), inside
   * the erasure's transaction when `manager` is given.
   */
  async forgetSeeker(seekerId: string, manager?: EntityManager): Promise<number> {
    const forget = async (m: EntityManager) => {
      // Held until the erasure commits: a failing job's insert waits, then sees the erasure.
      if (UUID.test(seekerId)) await lockSeeker(m, seekerId);
      const [, deleted] = await m.query(
        `DELETE FROM ops.failed_job WHERE payload->>'seekerId' = $1`,
        [seekerId],
      );
      return typeof deleted === 'number' ? deleted : 0;
    };
    return manager ? forget(manager) : this.dataSource.transaction(forget);
  }

  private async count(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ops.failed_job`);
    return row.n;
  }
}

/** Namespace of the per-seeker advisory lock that erasure and a failed job's insert share. */
export const SEEKER_FAILED_JOB_LOCK = 7_830_215;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The job seeker a payload names, when it names one by a well-formed id. */
function seekerOf(payload: unknown): string | undefined {
  const seekerId = (payload as { seekerId?: unknown } | null)?.seekerId;
  return typeof seekerId === 'string' && UUID.test(seekerId) ? seekerId.toLowerCase() : undefined;
}

async function lockSeeker(manager: EntityManager, seekerId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [
    SEEKER_FAILED_JOB_LOCK,
    seekerId.toLowerCase(),
  ]);
}

function toFailedJob(row: Record<string, unknown>): FailedJob {
  return {
    jobId: row.job_id as string,
    name: row.name as JobName,
    payload: row.payload,
    attempts: row.attempts as number,
    error: row.error as string,
    failedAt: row.failed_at as string,
  };
}
