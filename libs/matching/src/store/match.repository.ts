import { Injectable } from '@nestjs/common';
import { setImmediate } from 'node:timers/promises';
import { DataSource, EntityManager } from 'typeorm';
import { ExplanationFacts, SCORING_MODEL } from '../core';
import type {
  MatchRecord,
  MissingSkillTally,
  MatchPage,
  MatchPageFilter,
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
 * The current versions of the seekers among `seekerIds` that still exist, held against change and
 * erasure for the rest of the transaction (the job-seekers context's lock): a list computed from
 * older versions is not written (the job computes it again), and an erasure either ran before or
 * waits and then deletes what this wrote.
 */
export type SeekerGuard = (
  manager: EntityManager,
  seekerIds: string[],
) => Promise<Map<string, number>>;

export interface WriteOptions {
  /** Writes only lists computed from the seekers' current versions (changes, erasure). */
  current?: SeekerGuard;
  /** Rows per statement; between two statements the event loop gets a turn. */
  rowsPerStatement?: number;
}

/** The computed shortlist of one vacancy (empty: nobody qualifies, or the vacancy closed). */
export interface VacancyList {
  vacancyId: string;
  matches: readonly StoredMatch[];
}

export interface ListsWritten {
  /** The matches of the lists written. */
  written: StoredMatch[];
  /** Vacancies whose list was computed from a seeker since changed or erased: compute again. */
  stale: string[];
  /** Vacancies whose stored list is fresher than this one (another job read later): left alone. */
  superseded: string[];
}

interface StoredPair {
  vacancy_id: string;
  seeker_id: string;
  score: number;
  status: MatchStatus;
  vacancy_version: number;
  seeker_version: number;
  model_version: string;
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
   * Replaces the stored shortlists of these vacancies by `matches` (grouped by vacancy), in one
   * transaction; answers the matches written. See {@link writeLists}.
   */
  async replaceForVacancies(
    vacancyIds: readonly string[],
    matches: readonly StoredMatch[],
    asOf: string,
    options: WriteOptions = {},
  ): Promise<StoredMatch[]> {
    const result = await this.writeLists(listsOf(vacancyIds, matches), asOf, options);
    return result.written;
  }

  /**
   * Stores each vacancy's list as computed by a job that started reading at `asOf`, in one
   * transaction. Per vacancy, the list is written only when it is fresher than the stored one
   * (jobs writing the same vacancy wait for each other), and only when every seeker on it is
   * still at the version it was computed from; untouched suggestions that fell off go, changed
   * rows are upserted, unchanged ones stay.
   */
  writeLists(
    lists: readonly VacancyList[],
    asOf: string,
    options: WriteOptions = {},
  ): Promise<ListsWritten> {
    return this.dataSource.transaction((m) => this.writeListsIn(m, lists, asOf, options));
  }

  /** The vacancies on whose stored lists a seeker stands (any step). */
  async vacanciesOfSeeker(seekerId: string): Promise<string[]> {
    const rows: Array<{ vacancy_id: string }> = await this.dataSource.query(
      `SELECT vacancy_id FROM matching.match WHERE seeker_id = $1`,
      [seekerId],
    );
    return rows.map((row) => row.vacancy_id);
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

  /**
   * One page of a vacancy's stored list, best first (ties by seeker id, bytewise), and how many
   * rows the filtered list holds: only the page's explanations are read.
   */
  vacancyPage(vacancyId: string, filter: MatchPageFilter): Promise<MatchPage> {
    return this.page('vacancy_id', vacancyId, filter);
  }

  /** One page of a job seeker's stored matches, best first (ties by vacancy id, bytewise). */
  seekerPage(seekerId: string, filter: MatchPageFilter): Promise<MatchPage> {
    return this.page('seeker_id', seekerId, filter);
  }

  /** The seekers on a vacancy's stored list that pass the filter (no explanation read). */
  seekersListed(vacancyId: string, filter: MatchPageFilter): Promise<string[]> {
    return this.listed('vacancy_id', vacancyId, filter);
  }

  /** The vacancies a job seeker's stored matches that pass the filter are with. */
  vacanciesListed(seekerId: string, filter: MatchPageFilter): Promise<string[]> {
    return this.listed('seeker_id', seekerId, filter);
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

  /** Vacancies with a stored match not rejected at or above `minScore` (insight). */
  async servedVacancyIds(minScore: number): Promise<string[]> {
    const rows: Array<{ v: string }> = await this.dataSource.query(
      `SELECT DISTINCT vacancy_id AS v FROM matching.match WHERE status <> 'rejected' AND score >= $1`,
      [minScore],
    );
    return rows.map((r) => r.v);
  }

  /**
   * Per group of vacancies (`groupOfVacancy`: vacancy id -> group) and essential skill, the people
   * whose stored match (not rejected) with a vacancy of the group misses the skill, each counted
   * once, and the vacancies where one does (insight). From the `missing_essential` column the
   * database keeps from each explanation, through its covering index: no explanation is read.
   */
  async missingSkillTally(
    groupOfVacancy: ReadonlyMap<string, string>,
  ): Promise<MissingSkillTally[]> {
    if (groupOfVacancy.size === 0) return [];
    const rows: Array<{ g: string; skill: string; seekers: number; vacancies: number }> =
      await this.dataSource.query(
        // Byte-wise ("C") grouping: the same groups, without a collation's costly comparisons.
        `SELECT g.grp COLLATE "C" AS g, s.skill COLLATE "C" AS skill,
                count(DISTINCT m.seeker_id COLLATE "C")::int AS seekers,
                count(DISTINCT m.vacancy_id COLLATE "C")::int AS vacancies
           FROM unnest($1::text[], $2::text[]) AS g(vacancy_id, grp)
           JOIN matching.match m
             ON m.vacancy_id = g.vacancy_id AND m.status <> 'rejected' AND m.missing_essential <> '{}'
          CROSS JOIN LATERAL unnest(m.missing_essential) AS s(skill)
          GROUP BY 1, 2`,
        [[...groupOfVacancy.keys()], [...groupOfVacancy.values()]],
      );
    return rows.map((r) => ({
      group: r.g,
      skill: r.skill,
      seekers: r.seekers,
      vacancies: r.vacancies,
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
  writeRunChunk(chunk: RematchChunk, options: WriteOptions = {}): Promise<ListsWritten> {
    return this.dataSource.transaction(async (m) => {
      const result = await this.writeListsIn(
        m,
        listsOf(chunk.vacancyIds, chunk.matches),
        chunk.asOf,
        options,
      );
      await m.query(`UPDATE matching.run SET done = $2 WHERE id = $1`, [chunk.runId, chunk.done]);
      return result;
    });
  }

  async finishRun(runId: string): Promise<void> {
    await this.dataSource.query(`UPDATE matching.run SET finished_at = now() WHERE id = $1`, [
      runId,
    ]);
  }

  private async writeListsIn(
    m: EntityManager,
    lists: readonly VacancyList[],
    asOf: string,
    options: WriteOptions,
  ): Promise<ListsWritten> {
    const byVacancy = new Map(lists.map((list) => [list.vacancyId, list.matches]));
    const stale = await this.staleLists(m, lists, options.current);
    const wanted = [...byVacancy.keys()].filter((id) => !stale.includes(id)).sort();
    const claimed = new Set(await this.claim(m, wanted, asOf));
    const superseded = wanted.filter((id) => !claimed.has(id));
    const fresh = [...claimed].sort();
    const stored: StoredPair[] = fresh.length
      ? await m.query(
          `SELECT vacancy_id, seeker_id, score, status, vacancy_version, seeker_version, model_version
             FROM matching.match WHERE vacancy_id = ANY($1::text[])`,
          [fresh],
        )
      : [];
    const storedByKey = new Map(stored.map((row) => [`${row.vacancy_id}/${row.seeker_id}`, row]));
    const written = fresh.flatMap((id) => [...byVacancy.get(id)!]);
    const listed = new Set(written.map((match) => `${match.vacancyId}/${match.seekerId}`));
    const dropped = stored.filter(
      (row) => row.status === 'suggested' && !listed.has(`${row.vacancy_id}/${row.seeker_id}`),
    );
    if (dropped.length > 0)
      await m.query(
        `DELETE FROM matching.match m USING unnest($1::text[], $2::text[]) AS d(v, s)
          WHERE m.vacancy_id = d.v AND m.seeker_id = d.s AND m.status = 'suggested'`,
        [dropped.map((row) => row.vacancy_id), dropped.map((row) => row.seeker_id)],
      );
    const changed = written.filter((match) => {
      const row = storedByKey.get(`${match.vacancyId}/${match.seekerId}`);
      return (
        !row ||
        Math.abs(Number(row.score) - match.score) > 1e-4 ||
        row.model_version !== this.modelVersion ||
        row.vacancy_version !== match.vacancyVersion ||
        row.seeker_version !== match.seekerVersion
      );
    });
    await this.upsert(m, changed, asOf, options.rowsPerStatement ?? UPSERT_CHUNK);
    return { written, stale, superseded };
  }

  /** Lists holding a seeker who changed or was erased since the list was computed. */
  private async staleLists(
    m: EntityManager,
    lists: readonly VacancyList[],
    guard: SeekerGuard | undefined,
  ): Promise<string[]> {
    if (!guard) return [];
    const ids = [...new Set(lists.flatMap((list) => list.matches.map((match) => match.seekerId)))];
    const current = await guard(m, ids);
    return lists
      .filter((list) =>
        list.matches.some((match) => current.get(match.seekerId) !== match.seekerVersion),
      )
      .map((list) => list.vacancyId);
  }

  /**
   * Stamps these vacancies' lists with `asOf` where the stored stamp is older, and answers them.
   * A concurrent writer of the same vacancy waits here until this transaction ends, then finds
   * the fresher stamp; ids are sorted, so two writers never wait for each other in a circle.
   */
  private async claim(
    m: EntityManager,
    vacancyIds: readonly string[],
    asOf: string,
  ): Promise<string[]> {
    if (vacancyIds.length === 0) return [];
    const rows: Array<{ vacancy_id: string }> = await m.query(
      `INSERT INTO matching.list_stamp (vacancy_id, computed_at)
       SELECT id, $2::timestamptz FROM unnest($1::text[]) AS t(id) ORDER BY id
       ON CONFLICT (vacancy_id) DO UPDATE SET computed_at = excluded.computed_at
        WHERE matching.list_stamp.computed_at <= excluded.computed_at
       RETURNING vacancy_id`,
      [vacancyIds, asOf],
    );
    return rows.map((row) => row.vacancy_id);
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

  private async page(key: MatchKey, id: string, filter: MatchPageFilter): Promise<MatchPage> {
    const other = key === 'vacancy_id' ? 'seeker_id' : 'vacancy_id';
    if (filter.among?.length === 0) return { rows: [], total: 0 };
    const { where, params } = pageWhere(key, id, filter);
    const offset = (filter.page - 1) * filter.pageSize;
    const rows: Array<MatchRow & { total: string }> = await this.dataSource.query(
      `SELECT vacancy_id, seeker_id, score, status, cross_border, computed_at, explanation,
              score_at_last_step, human_override, introduction_requested_at, count(*) OVER () AS total
         FROM matching.match
        WHERE ${where}
        ORDER BY score DESC, ${other} COLLATE "C"
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.pageSize, offset],
    );
    if (rows.length > 0) return { rows: rows.map(toRecord), total: Number(rows[0].total) };
    if (offset === 0) return { rows: [], total: 0 };
    // A page past the end: the count alone.
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM matching.match WHERE ${where}`,
      params,
    );
    return { rows: [], total };
  }

  private async listed(key: MatchKey, id: string, filter: MatchPageFilter): Promise<string[]> {
    const other = key === 'vacancy_id' ? 'seeker_id' : 'vacancy_id';
    const { where, params } = pageWhere(key, id, filter);
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT ${other} AS id FROM matching.match WHERE ${where}`,
      params,
    );
    return rows.map((row) => row.id);
  }
}

/** The rows of one list that pass a page filter (the same in the count, the page and the ids). */
function pageWhere(key: MatchKey, id: string, filter: MatchPageFilter) {
  const other = key === 'vacancy_id' ? 'seeker_id' : 'vacancy_id';
  return {
    where: `${key} = $1 AND score >= $2 AND ($3::boolean IS NULL OR cross_border = $3)
        AND ($4::text[] IS NULL OR status = ANY($4::text[]))
        AND ($5::text[] IS NULL OR ${other} = ANY($5::text[]))`,
    params: [
      id,
      filter.minScore ?? 0,
      filter.crossBorder ?? null,
      filter.statuses ? [...filter.statuses] : null,
      filter.among ? [...filter.among] : null,
    ],
  };
}

function listsOf(vacancyIds: readonly string[], matches: readonly StoredMatch[]): VacancyList[] {
  const byVacancy = new Map<string, StoredMatch[]>(vacancyIds.map((id) => [id, []]));
  for (const match of matches) byVacancy.get(match.vacancyId)?.push(match);
  return [...byVacancy].map(([vacancyId, list]) => ({ vacancyId, matches: list }));
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
