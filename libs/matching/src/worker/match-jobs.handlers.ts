import { Injectable, Logger } from '@nestjs/common';
import { MatchableSeekersService } from '@wt/job-seekers';
import { HandlesJob, JobContext, JobHandler, JobPayload, PermanentJobError } from '@wt/queue';
import { MatchableVacanciesService } from '@wt/vacancies';
import { DataSource, EntityManager } from 'typeorm';
import { SCORING_MODEL } from '../core';
import { MatchWriter, StoredMatch } from '../engine';
import { VacancyFeatures } from './matching-features';
import { MatchingIndexService } from './matching-index.service';
import { LoopBudget, MatchingPace } from './matching-pace';
import { guardRow } from './row-guard';

const writer = new MatchWriter(SCORING_MODEL.version);
const writers = new Map<number, MatchWriter>();
/** The writer with `pace`'s statement size (one per size, shared by the handlers). */
const writerFor = (pace: MatchingPace) => {
  let found = writers.get(pace.writeRows);
  if (!found)
    writers.set(pace.writeRows, (found = new MatchWriter(SCORING_MODEL.version, pace.writeRows)));
  return found;
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A payload that names no row by its id can never succeed: it fails for good, not five times. */
function requireUuid(field: string, value: unknown): void {
  if (typeof value !== 'string' || !UUID.test(value))
    throw new PermanentJobError(`${field} is not a uuid`);
}

/**
 * Writes the shortlists of `vacancyIds` without any seeker erased meanwhile: the seekers are held
 * against erasure for the transaction, so an erasure either ran before (its seeker is left out)
 * or waits and then deletes what this wrote.
 */
async function replaceShortlists(
  writer: MatchWriter,
  dataSource: DataSource,
  seekers: MatchableSeekersService,
  vacancyIds: readonly string[],
  matches: readonly StoredMatch[],
  asOf: string,
  more?: (m: EntityManager) => Promise<unknown>,
): Promise<StoredMatch[]> {
  return dataSource.transaction(async (m) => {
    const alive = await seekers.existingLocked(
      m,
      matches.map((match) => match.seekerId),
    );
    const kept = matches.filter((match) => alive.has(match.seekerId));
    await writer.replaceForVacancies(m, vacancyIds, kept, asOf);
    await more?.(m);
    return kept;
  });
}

/** A vacancy changed: its shortlist is computed again from the index and stored with explanations. */
@Injectable()
@HandlesJob('match-vacancy')
export class MatchVacancyHandler implements JobHandler<'match-vacancy'> {
  private readonly logger = new Logger(MatchVacancyHandler.name);

  constructor(
    private readonly index: MatchingIndexService,
    private readonly vacancies: MatchableVacanciesService,
    private readonly seekers: MatchableSeekersService,
    private readonly features: VacancyFeatures,
    private readonly dataSource: DataSource,
    private readonly pace: MatchingPace,
  ) {}

  async handle({
    vacancyId,
    version,
  }: JobPayload<'match-vacancy'>): Promise<{ matches: number } | { skipped: string }> {
    requireUuid('vacancyId', vacancyId);
    const asOf = await writer.now(this.dataSource.manager);
    const vacancy = await this.vacancies.findOne(vacancyId);
    if (!vacancy) {
      await this.dataSource.transaction((m) =>
        writer.replaceForVacancies(m, [vacancyId], [], asOf),
      );
      return { skipped: 'vacancy no longer exists' };
    }
    // A later change has its own job: this one's work is already superseded.
    if (vacancy.version > version) return { skipped: `superseded by version ${vacancy.version}` };
    const engine = await this.index.fresh();
    if (!vacancy.open) {
      engine.vacancies.remove(vacancyId);
      await this.dataSource.transaction((m) =>
        writer.replaceForVacancies(m, [vacancyId], [], asOf),
      );
      return { skipped: `vacancy is ${vacancy.status}` };
    }
    const features = await this.features.one(vacancy);
    engine.vacancies.upsert(features);
    const matches = await replaceShortlists(
      writerFor(this.pace),
      this.dataSource,
      this.seekers,
      [vacancyId],
      engine.shortlist(features, engine.context()),
      asOf,
    );
    this.logger.debug(`vacancy ${vacancyId} v${version}: ${matches.length} matches`);
    return { matches: matches.length };
  }
}

/** A profile changed (or its consent): its best vacancies are computed again. */
@Injectable()
@HandlesJob('match-seeker')
export class MatchSeekerHandler implements JobHandler<'match-seeker'> {
  constructor(
    private readonly index: MatchingIndexService,
    private readonly seekers: MatchableSeekersService,
    private readonly dataSource: DataSource,
    private readonly pace: MatchingPace,
  ) {}

  async handle({
    seekerId,
    version,
  }: JobPayload<'match-seeker'>): Promise<{ matches: number } | { skipped: string }> {
    requireUuid('seekerId', seekerId);
    const asOf = await writer.now(this.dataSource.manager);
    const engine = await this.index.fresh();
    const [seeker] = await this.index.refreshSeekers([seekerId]);
    if (!seeker) {
      await this.dataSource.transaction((m) =>
        m.query(`DELETE FROM matching.match WHERE seeker_id = $1`, [seekerId]),
      );
      return { skipped: 'job seeker no longer exists' };
    }
    if (seeker.version > version) return { skipped: `superseded by version ${seeker.version}` };
    const matches = engine.matchesFor(engine.seekers.get(seekerId)!, engine.context());
    const written = await this.dataSource.transaction(async (m) => {
      // Held against erasure: an erasure meanwhile waits, then deletes what this writes.
      if (!(await this.seekers.existingLocked(m, [seekerId])).has(seekerId)) return false;
      await writerFor(this.pace).replaceForSeeker(m, seekerId, matches, asOf);
      return true;
    });
    if (!written) return { skipped: 'job seeker erased meanwhile' };
    return { matches: matches.length };
  }
}

/** After a taxonomy import or a model change: every open vacancy's shortlist again, in chunks. */
@Injectable()
@HandlesJob('rematch-all')
export class RematchAllHandler implements JobHandler<'rematch-all'> {
  private readonly logger = new Logger(RematchAllHandler.name);

  constructor(
    private readonly index: MatchingIndexService,
    private readonly vacancies: MatchableVacanciesService,
    private readonly seekers: MatchableSeekersService,
    private readonly features: VacancyFeatures,
    private readonly dataSource: DataSource,
    private readonly pace: MatchingPace,
  ) {}

  async handle(
    payload: JobPayload<'rematch-all'>,
    job: JobContext,
  ): Promise<{ vacancies: number; matches: number }> {
    const started = Date.now();
    const engine = await this.index.reload();
    const ctx = engine.context();
    const total = engine.vacancies.size;
    const runId = job.jobId;
    await this.dataSource.query(
      `INSERT INTO matching.run (id, reason, model_version, total) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET total = excluded.total, done = 0, started_at = now(), finished_at = NULL`,
      [runId, payload.reason, SCORING_MODEL.version, total],
    );
    const budget = new LoopBudget();
    let done = 0;
    let written = 0;
    let after: string | undefined;
    for (;;) {
      const asOf = await writer.now(this.dataSource.manager);
      // Catch up with changes made while the re-match runs.
      await this.index.fresh();
      const chunk = await this.features.of(
        await this.vacancies.openAfter(after, this.pace.rematchChunk),
      );
      if (chunk.length === 0) break;
      after = chunk[chunk.length - 1].id;
      const shortlists: StoredMatch[] = [];
      for (const v of chunk) {
        shortlists.push(...(guardRow('vacancy', v.id, () => engine.shortlist(v, ctx)) ?? []));
        await budget.tick();
      }
      const matches = await replaceShortlists(
        writerFor(this.pace),
        this.dataSource,
        this.seekers,
        chunk.map((v) => v.id),
        shortlists,
        asOf,
        (m) =>
          m.query(`UPDATE matching.run SET done = $2 WHERE id = $1`, [runId, done + chunk.length]),
      );
      done += chunk.length;
      written += matches.length;
      await budget.tick();
      await job.progress({ done, total });
    }
    await this.dataSource.query(`UPDATE matching.run SET finished_at = now() WHERE id = $1`, [
      runId,
    ]);
    this.logger.log(
      `rematch-all (${payload.reason}): ${done} vacancies, ${written} matches in ${Date.now() - started} ms`,
    );
    return { vacancies: done, matches: written };
  }
}
