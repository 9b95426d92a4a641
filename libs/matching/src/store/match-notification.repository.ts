import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** One step of the workflow as a notification needs it: ids, who, what; no note text. */
export interface NotifiableStep {
  stepId: string;
  vacancyId: string;
  seekerId: string;
  action: string;
  from: string;
  to: string;
  actorRole: string;
  actorSubject: string;
  onBehalfOf: string | null;
  reason: string | null;
  /** The adviser who proposed the pair (the latest proposal), if anyone did. */
  proposedBy: string | null;
}

/** A stored match as a notification counts it. */
export interface ScoredPair {
  vacancyId: string;
  seekerId: string;
  score: number;
}

/**
 * What notifications read of the `matching` schema (the one place with SQL on it, with
 * {@link MatchRepository} and {@link MatchWorkflowRepository}): steps by id, strong matches, and
 * the marks of steps whose notification job reached the queue.
 */
@Injectable()
export class MatchNotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async step(stepId: string): Promise<NotifiableStep | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT s.id::text AS id, s.vacancy_id, s.seeker_id, s.action, s.from_status, s.to_status,
              s.actor_role, s.actor_subject, s.on_behalf_of, s.reason,
              (SELECT p.actor_subject FROM matching.match_step p
                WHERE p.vacancy_id = s.vacancy_id AND p.seeker_id = s.seeker_id
                  AND p.action = 'propose' AND p.id < s.id
                ORDER BY p.id DESC LIMIT 1) AS proposed_by
         FROM matching.match_step s WHERE s.id = $1`,
      [stepId],
    );
    if (!row) return undefined;
    return {
      stepId: row.id,
      vacancyId: row.vacancy_id,
      seekerId: row.seeker_id,
      action: row.action,
      from: row.from_status,
      to: row.to_status,
      actorRole: row.actor_role,
      actorSubject: row.actor_subject,
      onBehalfOf: row.on_behalf_of ?? null,
      reason: row.reason ?? null,
      proposedBy: row.proposed_by ?? null,
    };
  }

  /** Stored, not rejected matches at or above `minScore`, of a vacancy or of a job seeker. */
  async atOrAbove(
    key: { vacancyId: string } | { seekerId: string },
    minScore: number,
  ): Promise<ScoredPair[]> {
    const [column, id] =
      'vacancyId' in key ? ['vacancy_id', key.vacancyId] : ['seeker_id', key.seekerId];
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT vacancy_id, seeker_id, score FROM matching.match
        WHERE ${column} = $1 AND score >= $2 AND status <> 'rejected'
        ORDER BY score DESC, vacancy_id, seeker_id`,
      [id, minScore],
    );
    return rows.map((r) => ({
      vacancyId: r.vacancy_id as string,
      seekerId: r.seeker_id as string,
      score: r.score as number,
    }));
  }

  /** Steps whose notification job never reached the queue (it was down), oldest first. */
  async stepsNotEnqueued(limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id::text AS id FROM matching.match_step WHERE NOT notify_enqueued ORDER BY id LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  async markStepsEnqueued(stepIds: readonly string[]): Promise<void> {
    if (stepIds.length === 0) return;
    await this.dataSource.query(
      `UPDATE matching.match_step SET notify_enqueued = true WHERE id = ANY($1::bigint[])`,
      [stepIds],
    );
  }
}
