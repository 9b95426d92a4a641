import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ExplanationFacts, SCORING_MODEL } from '../core';
import type {
  MatchRecord,
  MatchRowFilter,
  MatchStatus,
  RankedMatch,
  RematchChunk,
  StoredMatch,
} from './match.types';
import type { HumanOverride } from './match-workflow.types';

/** Rows per INSERT: keeps each statement's JSON parameter small. */
const UPSERT_CHUNK = 2_000;

const COLUMNS = `vacancy_id text, seeker_id text, score real, model_version text, vacancy_version int,
  seeker_version int, cross_border boolean, explanation jsonb, computed_at timestamptz`;

type MatchKey = 'vacancy_id' | 'seeker_id';

interface MatchRow {
  vacancy_id: string;
  seeker_id: string;
  score: number;
  status: MatchStatus;
  cross_border: boolean;
  computed_at: Date;
  explanation: ExplanationFacts;
  score_at_last_step: number | null;
  human_override: HumanOverride | null;
  introduction_requested_at: Date | null;
}

/**
 * Every statement on the `matching` schema: nothing else in the code base writes SQL against it.
 *
 * Writes are an upsert on the (vacancy, seeker) key, so a retried or repeated job changes nothing
 * twice. Rows a person has acted on (shortlisted and beyond) are never dropped by a re-match;
 * untouched suggestions that fell off the list are.
 *
 * `asOf` is when a job started reading (database time). Two jobs running at once (a vacancy's
 * and a seeker's) may both write the same pair: the one that read later wins, and neither deletes
 * a row the other wrote from fresher data.
 */
@Injectable()
export class MatchRepository {
  private readonly modelVersion = SCORING_MODEL.version;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * The database's clock, the `asOf` of a job about to read: as text, because a JS Date would cut
   * the microseconds that tell two jobs of the same millisecond apart.
   */
  async now(): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT clock_timestamp()::text AS now`);
    return row.now;
  }

  /** Replaces the untouched suggestions of these vacancies by `matches`, in one transaction. */
  replaceForVacancies(
    vacancyIds: readonly string[],
    matches: readonly StoredMatch[],
    asOf: string,
  ): Promise<void> {
    return this.dataSource.transaction((m) =>
      this.replace(m, 'vacancy_id', vacancyIds, matches, asOf),
    );
  }

  /** Replaces the untouched suggestions of one seeker by `matches`, in one transaction. */
  replaceForSeeker(seekerId: string, matches: readonly StoredMatch[], asOf: string): Promise<void> {
    return this.dataSource.transaction((m) =>
      this.replace(m, 'seeker_id', [seekerId], matches, asOf),
    );
  }

  /**
   * Every match of a job seeker, whatever its step (erasure). With the erasing transaction's
   * manager, so the matches go with the profile or not at all.
   */
  async deleteForSeeker(seekerId: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      `DELETE FROM matching.match WHERE seeker_id = $1`,
      [seekerId],
    );
  }

  /** The stored list of a vacancy, best first (ties by seeker id, bytewise). */
  forVacancy(vacancyId: string, filter: MatchRowFilter): Promise<MatchRecord[]> {
    return this.list('vacancy_id', vacancyId, filter);
  }

  /** The stored matches of a job seeker, best first (ties by vacancy id, bytewise). */
  forSeeker(seekerId: string, filter: MatchRowFilter): Promise<MatchRecord[]> {
    return this.list('seeker_id', seekerId, filter);
  }

  /** The stored row of one pair and its rank on the vacancy's list, if the pair is on it. */
  async rankOf(vacancyId: string, seekerId: string): Promise<RankedMatch | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT score, status, rank FROM (
         SELECT seeker_id, score, status, row_number() OVER (ORDER BY score DESC, seeker_id COLLATE "C") AS rank
           FROM matching.match WHERE vacancy_id = $1) ranked
        WHERE seeker_id = $2`,
      [vacancyId, seekerId],
    );
    return row ? { score: row.score, status: row.status, rank: Number(row.rank) } : undefined;
  }

  /** A model version other than the current one that stored matches still carry, if any. */
  async otherModelVersion(): Promise<string | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT model_version FROM matching.match WHERE model_version <> $1 LIMIT 1`,
      [this.modelVersion],
    );
    return row?.model_version;
  }

  /** Starts (or restarts, when the job is retried) the progress record of a `rematch-all` run. */
  async startRun(runId: string, reason: string, total: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO matching.run (id, reason, model_version, total) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET total = excluded.total, done = 0, started_at = now(), finished_at = NULL`,
      [runId, reason, this.modelVersion, total],
    );
  }

  /** The chunk's lists and the run's progress commit together: a crash repeats the chunk. */
  writeRunChunk(chunk: RematchChunk): Promise<void> {
    return this.dataSource.transaction(async (m) => {
      await this.replace(m, 'vacancy_id', chunk.vacancyIds, chunk.matches, chunk.asOf);
      await m.query(`UPDATE matching.run SET done = $2 WHERE id = $1`, [chunk.runId, chunk.done]);
    });
  }

  async finishRun(runId: string): Promise<void> {
    await this.dataSource.query(`UPDATE matching.run SET finished_at = now() WHERE id = $1`, [
      runId,
    ]);
  }

  private async replace(
    manager: EntityManager,
    key: MatchKey,
    ids: readonly string[],
    matches: readonly StoredMatch[],
    asOf: string,
  ): Promise<void> {
    await this.deleteStale(manager, key, ids, asOf);
    await this.upsert(manager, matches, asOf);
  }

  /** Untouched suggestions go; the upsert that follows writes the new list and updates acted-on rows. */
  private async deleteStale(
    manager: EntityManager,
    key: MatchKey,
    ids: readonly string[],
    asOf: string,
  ): Promise<void> {
    await manager.query(
      `DELETE FROM matching.match WHERE ${key} = ANY($1::text[]) AND status = 'suggested' AND computed_at < $2`,
      [ids, asOf],
    );
  }

  private async upsert(
    manager: EntityManager,
    matches: readonly StoredMatch[],
    asOf: string,
  ): Promise<void> {
    for (let i = 0; i < matches.length; i += UPSERT_CHUNK) {
      const rows = matches.slice(i, i + UPSERT_CHUNK).map((m) => ({
        vacancy_id: m.vacancyId,
        seeker_id: m.seekerId,
        score: m.score,
        model_version: this.modelVersion,
        vacancy_version: m.vacancyVersion,
        seeker_version: m.seekerVersion,
        cross_border: m.crossBorder,
        explanation: m.explanation,
        computed_at: asOf,
      }));
      await manager.query(
        `INSERT INTO matching.match (vacancy_id, seeker_id, score, model_version, vacancy_version, seeker_version, cross_border, explanation, computed_at)
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${COLUMNS})
         ON CONFLICT (vacancy_id, seeker_id) DO UPDATE SET
           score = excluded.score, model_version = excluded.model_version,
           vacancy_version = excluded.vacancy_version, seeker_version = excluded.seeker_version,
           cross_border = excluded.cross_border, explanation = excluded.explanation, computed_at = excluded.computed_at
         WHERE matching.match.computed_at <= excluded.computed_at`,
        [JSON.stringify(rows)],
      );
    }
  }

  private async list(key: MatchKey, id: string, filter: MatchRowFilter): Promise<MatchRecord[]> {
    const rows: MatchRow[] = await this.dataSource.query(
      `SELECT vacancy_id, seeker_id, score, status, cross_border, computed_at, explanation,
              score_at_last_step, human_override, introduction_requested_at
         FROM matching.match
        WHERE ${key} = $1 AND score >= $2 AND ($3::boolean IS NULL OR cross_border = $3)
        ORDER BY score DESC, ${key === 'vacancy_id' ? 'seeker_id' : 'vacancy_id'} COLLATE "C"`,
      [id, filter.minScore ?? 0, filter.crossBorder ?? null],
    );
    return rows.map(toRecord);
  }
}

function toRecord(row: MatchRow): MatchRecord {
  return {
    vacancyId: row.vacancy_id,
    seekerId: row.seeker_id,
    score: row.score,
    status: row.status,
    crossBorder: row.cross_border,
    computedAt: new Date(row.computed_at),
    explanation: row.explanation,
    scoreAtLastStep: row.score_at_last_step,
    humanOverride: row.human_override,
    introductionRequested: row.introduction_requested_at !== null,
  };
}
