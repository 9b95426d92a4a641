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
  seeker_version int, cross_border boolean, explanation jsonb`;

/**
 * Writes matches: an upsert on the (vacancy, seeker) key, so a retried or repeated job changes
 * nothing twice. Rows a person has acted on (shortlisted and beyond) are never dropped by a
 * re-match; untouched suggestions that fell off the list are.
 */
export class MatchWriter {
  constructor(private readonly modelVersion: string) {}

  async upsert(manager: EntityManager, matches: readonly StoredMatch[]): Promise<void> {
    const CHUNK = 2_000;
    for (let i = 0; i < matches.length; i += CHUNK) {
      const rows = matches.slice(i, i + CHUNK).map((m) => ({
        vacancy_id: m.vacancyId,
        seeker_id: m.seekerId,
        score: m.score,
        model_version: this.modelVersion,
        vacancy_version: m.vacancyVersion,
        seeker_version: m.seekerVersion,
        cross_border: m.crossBorder,
        explanation: m.explanation,
      }));
      await manager.query(
        `INSERT INTO matching.match (vacancy_id, seeker_id, score, model_version, vacancy_version, seeker_version, cross_border, explanation)
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${COLUMNS})
         ON CONFLICT (vacancy_id, seeker_id) DO UPDATE SET
           score = excluded.score, model_version = excluded.model_version,
           vacancy_version = excluded.vacancy_version, seeker_version = excluded.seeker_version,
           cross_border = excluded.cross_border, explanation = excluded.explanation, computed_at = now()`,
        [JSON.stringify(rows)],
      );
    }
  }

  /** Replaces the untouched suggestions of these vacancies by `matches`. */
  async replaceForVacancies(manager: EntityManager, vacancyIds: readonly string[], matches: readonly StoredMatch[]): Promise<void> {
    await this.deleteStale(manager, 'vacancy_id', vacancyIds);
    await this.upsert(manager, matches);
  }

  /** Replaces the untouched suggestions of one seeker by `matches`. */
  async replaceForSeeker(manager: EntityManager, seekerId: string, matches: readonly StoredMatch[]): Promise<void> {
    await this.deleteStale(manager, 'seeker_id', [seekerId]);
    await this.upsert(manager, matches);
  }

  /** Untouched suggestions go; the upsert that follows writes the new list and updates acted-on rows. */
  private async deleteStale(manager: EntityManager, key: 'vacancy_id' | 'seeker_id', ids: readonly string[]): Promise<void> {
    await manager.query(`DELETE FROM matching.match WHERE ${key} = ANY($1::text[]) AND status = 'suggested'`, [ids]);
  }
}
