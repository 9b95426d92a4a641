import { Injectable } from '@nestjs/common';
import { setImmediate } from 'node:timers/promises';
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

/**
 * The seekers among `seekerIds` that still exist, held against erasure for the rest of the
 * transaction (the job-seekers context's lock): an erasure either ran before (its seeker is left
 * out) or waits and then deletes what this wrote.
 */
export type SeekerGuard = (manager: EntityManager, seekerIds: string[]) => Promise<Set<string>>;

export interface WriteOptions {
  /** Writes only matches of seekers that still exist (erasure). */
  alive?: SeekerGuard;
  /** Rows per statement; between two statements the event loop gets a turn. */
  rowsPerStatement?: number;
}

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

  /**
   * Replaces the untouched suggestions of these vacancies by `matches`, in one transaction.
   * Answers the matches written (without seekers erased meanwhile, with `alive`).
   */
  replaceForVacancies(
    vacancyIds: readonly string[],
    matches: readonly StoredMatch[],
    asOf: string,
    options: WriteOptions = {},
  ): Promise<StoredMatch[]> {
    return this.dataSource.transaction(async (m) => {
      const kept = await this.alive(m, matches, options.alive);
      await this.replace(m, 'vacancy_id', vacancyIds, kept, asOf, options.rowsPerStatement);
      return kept;
    });
  }

  /**
   * Replaces the untouched suggestions of one seeker by `matches`, in one transaction; false
   * (nothing written) when `alive` finds the seeker erased meanwhile.
   */
  replaceForSeeker(
    seekerId: string,
    matches: readonly StoredMatch[],
    asOf: string,
    options: WriteOptions = {},
  ): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      if (options.alive && !(await options.alive(m, [seekerId])).has(seekerId)) return false;
      await this.replace(m, 'seeker_id', [seekerId], matches, asOf, options.rowsPerStatement);
      return true;
    });
  }

  /**
   * Every match of a job seeker, whatever its step (erasure), with its steps and placements; the
   * placements are first added to the employers' anonymous tally. With the erasing transaction's
   * manager, so the matches go with the profile or not at all.
   */
  async deleteForSeeker(seekerId: string, manager?: EntityManager): Promise<void> {
    const m = manager ?? this.dataSource.manager;
    // A placement stays counted for its employer, as a count without the person.
    await m.query(
      `INSERT INTO matching.erased_placement_tally (organisation_id, period, country_of_work, placements, banen)
       SELECT organisation_id, to_char(start_date, 'YYYY-MM'), country_of_work, count(*)::int, sum(banen)
         FROM matching.placement WHERE seeker_id = $1
        GROUP BY 1, 2, 3
       ON CONFLICT (organisation_id, period, country_of_work) DO UPDATE
         SET placements = erased_placement_tally.placements + excluded.placements,
             banen = erased_placement_tally.banen + excluded.banen`,
      [seekerId],
    );
    await m.query(`DELETE FROM matching.match WHERE seeker_id = $1`, [seekerId]);
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

  /** Every stored match not rejected, as ids, score and missing essential skills (insight). */
  async insightFacts(): Promise<
    Array<{ vacancyId: string; seekerId: string; score: number; missingEssential: string[] }>
  > {
    const rows: Array<{ v: string; s: string; score: number; missing: string[] | null }> =
      await this.dataSource.query(
        `SELECT vacancy_id AS v, seeker_id AS s, score,
                ARRAY(SELECT jsonb_array_elements_text(explanation->'skills'->'missingEssential')) AS missing
           FROM matching.match WHERE status <> 'rejected'`,
      );
    return rows.map((r) => ({
      vacancyId: r.v,
      seekerId: r.s,
      score: Number(r.score),
      missingEssential: r.missing ?? [],
    }));
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
  writeRunChunk(chunk: RematchChunk, options: WriteOptions = {}): Promise<StoredMatch[]> {
    return this.dataSource.transaction(async (m) => {
      const kept = await this.alive(m, chunk.matches, options.alive);
      const { vacancyIds, asOf } = chunk;
      await this.replace(m, 'vacancy_id', vacancyIds, kept, asOf, options.rowsPerStatement);
      await m.query(`UPDATE matching.run SET done = $2 WHERE id = $1`, [chunk.runId, chunk.done]);
      return kept;
    });
  }

  async finishRun(runId: string): Promise<void> {
    await this.dataSource.query(`UPDATE matching.run SET finished_at = now() WHERE id = $1`, [
      runId,
    ]);
  }

  private async alive(
    manager: EntityManager,
    matches: readonly StoredMatch[],
    guard: SeekerGuard | undefined,
  ): Promise<StoredMatch[]> {
    if (!guard) return [...matches];
    const alive = await guard(manager, [...new Set(matches.map((match) => match.seekerId))]);
    return matches.filter((match) => alive.has(match.seekerId));
  }

  private async replace(
    manager: EntityManager,
    key: MatchKey,
    ids: readonly string[],
    matches: readonly StoredMatch[],
    asOf: string,
    rowsPerStatement = UPSERT_CHUNK,
  ): Promise<void> {
    await this.deleteStale(manager, key, ids, asOf);
    await this.upsert(manager, matches, asOf, rowsPerStatement);
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
    rowsPerStatement: number,
  ): Promise<void> {
    for (let i = 0; i < matches.length; i += rowsPerStatement) {
      if (i > 0) await setImmediate();
      const rows = matches.slice(i, i + rowsPerStatement).map((m) => ({
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
