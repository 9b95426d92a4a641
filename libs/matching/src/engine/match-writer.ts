import { setImmediate } from 'node:timers/promises';
import { EntityManager } from 'typeorm';
import { ExplanationFacts } from '../core';

export interface StoredMatch {
  vacancyId: string;
  seekerId: string;
  score: number;
  vacancyVersion: number;
  seekerVersion: number;
  crossBorder: boolean;
  /** Structured facts; `renderExplanation` turns them into text when read. */
  explanation: ExplanationFacts;
}

const COLUMNS = `vacancy_id text, seeker_id text, score real, model_version text, vacancy_version int,
  seeker_version int, cross_border boolean, explanation jsonb, computed_at timestamptz`;

/**
 * Writes matches: an upsert on the (vacancy, seeker) key, so a retried or repeated job changes
 * nothing twice. Rows a person has acted on (shortlisted and beyond) are never dropped by a
 * re-match; untouched suggestions that fell off the list are.
 *
 * `asOf` is when the job started reading (database time). Two jobs running at once (a vacancy's
 * and a seeker's) may both write the same pair: the one that read later wins, and neither deletes
 * a row the other wrote from fresher data.
 */
export class MatchWriter {
  constructor(
    private readonly modelVersion: string,
    /** Rows per statement; between two statements the event loop gets a turn. */
    private readonly rowsPerStatement = 2_000,
  ) {}

  async upsert(
    manager: EntityManager,
    matches: readonly StoredMatch[],
    asOf: string,
  ): Promise<void> {
    const CHUNK = this.rowsPerStatement;
    for (let i = 0; i < matches.length; i += CHUNK) {
      if (i > 0) await setImmediate();
      const rows = matches.slice(i, i + CHUNK).map((m) => ({
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

  /** Replaces the untouched suggestions of these vacancies by `matches`. */
  async replaceForVacancies(
    manager: EntityManager,
    vacancyIds: readonly string[],
    matches: readonly StoredMatch[],
    asOf: string,
  ): Promise<void> {
    await this.deleteStale(manager, 'vacancy_id', vacancyIds, asOf);
    await this.upsert(manager, matches, asOf);
  }

  /** Replaces the untouched suggestions of one seeker by `matches`. */
  async replaceForSeeker(
    manager: EntityManager,
    seekerId: string,
    matches: readonly StoredMatch[],
    asOf: string,
  ): Promise<void> {
    await this.deleteStale(manager, 'seeker_id', [seekerId], asOf);
    await this.upsert(manager, matches, asOf);
  }

  /**
   * The database's clock, the `asOf` of a job about to read: as text, because a JS Date would cut
   * the microseconds that tell two jobs of the same millisecond apart.
   */
  async now(manager: EntityManager): Promise<string> {
    const [row] = await manager.query(`SELECT clock_timestamp()::text AS now`);
    return row.now;
  }

  /** Untouched suggestions go; the upsert that follows writes the new list and updates acted-on rows. */
  private async deleteStale(
    manager: EntityManager,
    key: 'vacancy_id' | 'seeker_id',
    ids: readonly string[],
    asOf: string,
  ): Promise<void> {
    await manager.query(
      `DELETE FROM matching.match WHERE ${key} = ANY($1::text[]) AND status = 'suggested' AND computed_at < $2`,
      [ids, asOf],
    );
  }
}
