import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { StoredMatch } from './match.types';
import type {
  HumanOverride,
  MatchStepRecord,
  PlacementRecord,
  PlacementWrite,
  StepWrite,
  WorkflowMatch,
} from './match-workflow.types';

/** What an erasure keeps of placements: a count per employer, month and country of work. */
export interface ErasedPlacementTally {
  organisationId: string;
  period: string;
  countryOfWork: string;
  placements: number;
  banen: number;
}

/** One match as the outcomes report reads it. */
export interface ReportRow {
  vacancyId: string;
  seekerId: string;
  score: number;
  rejectedBy: string | null;
  rejectReason: string | null;
  humanOverride: boolean;
  crossBorder: boolean;
  period: string;
  reached: string[];
  hiredAt: string | null;
}

const WORKFLOW_COLUMNS = `vacancy_id, seeker_id, status, score, score_at_last_step, status_reason, rejected_by,
  human_override, introduction_requested_at, introduction_agreed_on::text AS introduction_agreed_on, explanation`;

/**
 * The people's side of the match aggregate: steps, their history and placements. Like
 * {@link MatchRepository}, the only place with SQL on these tables. A step moves a row only if it
 * is still at the step the caller read, so two people acting at once cannot both move it.
 */
@Injectable()
export class MatchWorkflowRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async find(vacancyId: string, seekerId: string): Promise<WorkflowMatch | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT ${WORKFLOW_COLUMNS} FROM matching.match WHERE vacancy_id = $1 AND seeker_id = $2`,
      [vacancyId, seekerId],
    );
    return row ? toWorkflowMatch(row) : undefined;
  }

  /** The seeker's matches at one step set, for closing the other open steps after a hire. */
  async openForSeeker(seekerId: string, steps: readonly string[]): Promise<WorkflowMatch[]> {
    const rows = await this.dataSource.query(
      `SELECT ${WORKFLOW_COLUMNS} FROM matching.match WHERE seeker_id = $1 AND status = ANY($2::text[])`,
      [seekerId, steps],
    );
    return rows.map(toWorkflowMatch);
  }

  /** A pair a person adds by hand: stored at `suggested`, marked with what they overrode. */
  async insertOverride(match: StoredMatch, modelVersion: string, override: HumanOverride) {
    await this.dataSource.query(
      `INSERT INTO matching.match (vacancy_id, seeker_id, score, model_version, vacancy_version, seeker_version,
         cross_border, explanation, human_override)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (vacancy_id, seeker_id) DO UPDATE SET human_override = excluded.human_override`,
      [
        match.vacancyId,
        match.seekerId,
        match.score,
        modelVersion,
        match.vacancyVersion,
        match.seekerVersion,
        match.crossBorder,
        JSON.stringify(match.explanation),
        JSON.stringify(override),
      ],
    );
  }

  /** Marks a stored pair as taken on against the engine (a knock-out the engine had kept). */
  async markOverride(vacancyId: string, seekerId: string, override: HumanOverride) {
    await this.dataSource.query(
      `UPDATE matching.match SET human_override = $3 WHERE vacancy_id = $1 AND seeker_id = $2`,
      [vacancyId, seekerId, JSON.stringify(override)],
    );
  }

  /**
   * Moves the row and appends the history line; answers the line's id, or null when the row is no
   * longer at `from`.
   */
  async applyStep(step: StepWrite, manager?: EntityManager): Promise<string | null> {
    const run = (m: EntityManager) => this.writeStep(m, step);
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  /** One page of the pair's steps, oldest first, and how many there are in all. */
  async history(
    vacancyId: string,
    seekerId: string,
    page: { page: number; pageSize: number },
  ): Promise<{ items: MatchStepRecord[]; total: number }> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT action, from_status, to_status, actor_role, actor_subject, on_behalf_of, reason, note, score, occurred_at,
              count(*) OVER () AS total
         FROM matching.match_step WHERE vacancy_id = $1 AND seeker_id = $2 ORDER BY id LIMIT $3 OFFSET $4`,
      [vacancyId, seekerId, page.pageSize, (page.page - 1) * page.pageSize],
    );
    const total =
      rows.length > 0
        ? Number(rows[0].total)
        : Number(
            (
              await this.dataSource.query(
                `SELECT count(*)::int AS n FROM matching.match_step WHERE vacancy_id = $1 AND seeker_id = $2`,
                [vacancyId, seekerId],
              )
            )[0].n,
          );
    return { items: rows.map(toStep), total };
  }

  async recordPlacement(p: PlacementWrite, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO matching.placement (vacancy_id, seeker_id, organisation_id, start_date, hours_per_week,
         contract_type, country_of_work, banenafspraak, banen, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        p.vacancyId,
        p.seekerId,
        p.organisationId,
        p.startDate,
        p.hoursPerWeek,
        p.contractType,
        p.countryOfWork,
        p.banenafspraak,
        p.banen,
        p.recordedBy,
      ],
    );
  }

  async placementCount(vacancyId: string, manager?: EntityManager): Promise<number> {
    const [row] = await (manager ?? this.dataSource.manager).query(
      `SELECT count(*)::int AS n FROM matching.placement WHERE vacancy_id = $1`,
      [vacancyId],
    );
    return row.n;
  }

  async placements(): Promise<PlacementRecord[]> {
    const rows = await this.dataSource.query(
      `SELECT vacancy_id, seeker_id, organisation_id, start_date::text AS start_date, hours_per_week,
              contract_type, country_of_work, banenafspraak, banen, recorded_by, recorded_at
         FROM matching.placement ORDER BY recorded_at`,
    );
    return rows.map((r: Record<string, unknown>) => ({
      vacancyId: r.vacancy_id,
      seekerId: r.seeker_id,
      organisationId: r.organisation_id,
      startDate: r.start_date,
      hoursPerWeek: r.hours_per_week,
      contractType: r.contract_type,
      countryOfWork: r.country_of_work,
      banenafspraak: r.banenafspraak,
      banen: r.banen,
      recordedBy: r.recorded_by,
      recordedAt: new Date(r.recorded_at as string),
    }));
  }

  /** Placements of erased job seekers, counted per employer, month and country (no person). */
  async erasedPlacements(): Promise<ErasedPlacementTally[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT organisation_id, period, country_of_work, placements, banen
         FROM matching.erased_placement_tally ORDER BY organisation_id, period, country_of_work`,
    );
    return rows.map((r) => ({
      organisationId: r.organisation_id as string,
      period: r.period as string,
      countryOfWork: r.country_of_work as string,
      placements: r.placements as number,
      banen: r.banen as number,
    }));
  }

  /** Every stored match with the steps it reached, for the outcomes report. */
  async reportRows(): Promise<ReportRow[]> {
    const rows = await this.dataSource.query(
      `SELECT m.vacancy_id, m.seeker_id, m.score, m.rejected_by, m.status_reason, m.status,
              m.human_override IS NOT NULL AS human_override, m.cross_border,
              to_char(COALESCE(min(s.occurred_at), m.computed_at), 'YYYY-MM') AS period,
              COALESCE(array_agg(DISTINCT s.to_status) FILTER (WHERE s.to_status IS NOT NULL), '{}') AS reached,
              min(s.occurred_at) FILTER (WHERE s.to_status = 'hired') AS hired_at
         FROM matching.match m
         LEFT JOIN matching.match_step s ON s.vacancy_id = m.vacancy_id AND s.seeker_id = m.seeker_id
        GROUP BY m.vacancy_id, m.seeker_id`,
    );
    return rows.map((r: Record<string, unknown>) => ({
      vacancyId: r.vacancy_id as string,
      seekerId: r.seeker_id as string,
      score: r.score as number,
      rejectedBy: (r.rejected_by as string | null) ?? null,
      rejectReason: r.status === 'rejected' ? ((r.status_reason as string | null) ?? null) : null,
      humanOverride: r.human_override as boolean,
      crossBorder: r.cross_border as boolean,
      period: r.period as string,
      reached: r.reached as string[],
      hiredAt: r.hired_at ? new Date(r.hired_at as string).toISOString() : null,
    }));
  }

  private async writeStep(m: EntityManager, s: StepWrite): Promise<string | null> {
    const [rows] = await m.query(
      `UPDATE matching.match SET status = $3, status_reason = $5, status_changed_by = $6,
              status_changed_at = now(), score_at_last_step = score,
              rejected_by = COALESCE($7, rejected_by),
              introduction_requested_at = CASE WHEN $8 THEN now() ELSE introduction_requested_at END,
              introduction_agreed_on = COALESCE($9::date, introduction_agreed_on)
        WHERE vacancy_id = $1 AND seeker_id = $2 AND status = $4
          AND ($8 = false OR introduction_requested_at IS NULL)
       RETURNING score`,
      [
        s.vacancyId,
        s.seekerId,
        s.to,
        s.from,
        s.reason ?? null,
        s.actorSubject,
        s.rejectedBy ?? null,
        s.introductionRequested === true,
        s.introductionAgreedOn ?? null,
      ],
    );
    const moved = rows as Array<{ score: number }>;
    if (moved.length === 0) return null;
    const [line] = await m.query(
      `INSERT INTO matching.match_step (vacancy_id, seeker_id, action, from_status, to_status, actor_subject,
         actor_role, on_behalf_of, reason, note, score)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       RETURNING id::text AS id`,
      [
        s.vacancyId,
        s.seekerId,
        s.action,
        s.from,
        s.to,
        s.actorSubject,
        s.actorRole,
        s.onBehalfOf ?? null,
        s.reason ?? null,
        s.note ?? null,
        moved[0].score,
      ],
    );
    return (line as { id: string }).id;
  }
}

function toWorkflowMatch(row: Record<string, unknown>): WorkflowMatch {
  return {
    vacancyId: row.vacancy_id as string,
    seekerId: row.seeker_id as string,
    status: row.status as WorkflowMatch['status'],
    score: row.score as number,
    scoreAtLastStep: (row.score_at_last_step as number | null) ?? null,
    statusReason: (row.status_reason as string | null) ?? null,
    rejectedBy: (row.rejected_by as string | null) ?? null,
    humanOverride: (row.human_override as HumanOverride | null) ?? null,
    introductionRequestedAt: row.introduction_requested_at
      ? new Date(row.introduction_requested_at as string)
      : null,
    introductionAgreedOn: (row.introduction_agreed_on as string | null) ?? null,
    explanation: row.explanation as WorkflowMatch['explanation'],
  };
}

function toStep(r: Record<string, unknown>): MatchStepRecord {
  return {
    action: r.action,
    from: r.from_status,
    to: r.to_status,
    actorRole: r.actor_role,
    actorSubject: r.actor_subject,
    onBehalfOf: r.on_behalf_of,
    reason: r.reason,
    note: r.note,
    score: r.score,
    occurredAt: new Date(r.occurred_at as string),
  } as MatchStepRecord;
}
