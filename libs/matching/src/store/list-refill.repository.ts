import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** One vacancy list to fill again, and which request for it (its job id). */
export interface ListRefill {
  vacancyId: string;
  request: number;
}

/**
 * `matching.list_refill`: the vacancy lists an erasure took someone off. Requested in the
 * erasure's transaction, sent to the queue after it commits (or by the sweep), done by the job.
 */
@Injectable()
export class ListRefillRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The lists the seeker stands on: call before their matches are deleted, in that transaction. */
  async requestForSeeker(seekerId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO matching.list_refill (vacancy_id)
       SELECT vacancy_id::uuid FROM matching.match WHERE seeker_id = $1
       ON CONFLICT (vacancy_id) DO UPDATE
         SET request = excluded.request, enqueued = false, requested_at = excluded.requested_at`,
      [seekerId],
    );
  }

  /** Refills the queue has not taken yet, oldest first. */
  async waiting(limit: number): Promise<ListRefill[]> {
    const rows: Array<{ vacancy_id: string; request: string }> = await this.dataSource.query(
      `SELECT vacancy_id, request FROM matching.list_refill WHERE NOT enqueued ORDER BY request LIMIT $1`,
      [limit],
    );
    return rows.map((row) => ({ vacancyId: row.vacancy_id, request: Number(row.request) }));
  }

  async markEnqueued(refills: readonly ListRefill[]): Promise<void> {
    if (refills.length === 0) return;
    await this.dataSource.query(
      `UPDATE matching.list_refill r SET enqueued = true
         FROM unnest($1::uuid[], $2::bigint[]) AS sent(vacancy_id, request)
        WHERE r.vacancy_id = sent.vacancy_id AND r.request = sent.request`,
      [refills.map((r) => r.vacancyId), refills.map((r) => r.request)],
    );
  }

  /** The job wrote the list: this request is done (a later one for the vacancy stays). */
  async done({ vacancyId, request }: ListRefill): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM matching.list_refill WHERE vacancy_id = $1 AND request = $2`,
      [vacancyId, request],
    );
  }
}
