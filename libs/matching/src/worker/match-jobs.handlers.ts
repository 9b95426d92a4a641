import { Injectable, Logger } from '@nestjs/common';
import {
  HandlesJob,
  JobContext,
  JobHandler,
  JobPayload,
  JobProducer,
  PermanentJobError,
} from '@wt/queue';
import { MatchableVacanciesService, type MatchableVacancy } from '@wt/vacancies';
import { VacancyFeatures } from '../features/matching-features';
import { ScoringContext, SeekerForMatching } from '../core';
import { MatchingEngine } from '../engine';
import { ListRefillRepository } from '../store/list-refill.repository';
import { MatchRepository, VacancyList } from '../store/match.repository';
import type { StoredMatch } from '../store/match.types';
import { ListWriter, listOf } from './list-writer';
import { MatchingIndexService } from './matching-index.service';
import { LoopBudget, MatchingPace } from './matching-pace';
import { guardRow } from './row-guard';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A payload that names no row by its id can never succeed: it fails for good, not five times. */
function requireUuid(field: string, value: unknown): void {
  if (typeof value !== 'string' || !UUID.test(value))
    throw new PermanentJobError(`${field} is not a uuid`);
}

/**
 * An open vacancy's shortlist computed again from the index (fresh, with the vacancy as it is now)
 * and stored as of `asOf`, when the job started reading: what both a vacancy's change and a refill
 * after an erasure do. Answers the matches written.
 */
async function recomputeList(
  engine: MatchingEngine,
  features: VacancyFeatures,
  writer: ListWriter,
  vacancy: MatchableVacancy,
  asOf: string,
): Promise<StoredMatch[]> {
  const vacancyFeatures = await features.one(vacancy);
  engine.vacancies.upsert(vacancyFeatures);
  return writer.write(
    [{ vacancyId: vacancy.id, matches: engine.shortlist(vacancyFeatures, engine.context()) }],
    asOf,
  );
}

/** A vacancy changed: its shortlist is computed again from the index and stored with explanations. */
@Injectable()
@HandlesJob('match-vacancy')
export class MatchVacancyHandler implements JobHandler<'match-vacancy'> {
  private readonly logger = new Logger(MatchVacancyHandler.name);

  constructor(
    private readonly index: MatchingIndexService,
    private readonly vacancies: MatchableVacanciesService,
    private readonly features: VacancyFeatures,
    private readonly store: MatchRepository,
    private readonly writer: ListWriter,
    private readonly producer: JobProducer,
  ) {}

  async handle({
    vacancyId,
    version,
  }: JobPayload<'match-vacancy'>): Promise<{ matches: number } | { skipped: string }> {
    requireUuid('vacancyId', vacancyId);
    const asOf = await this.store.now();
    const vacancy = await this.vacancies.findOne(vacancyId);
    if (!vacancy) {
      await this.writer.write([{ vacancyId, matches: [] }], asOf);
      return { skipped: 'vacancy no longer exists' };
    }
    // A later change has its own job: this one's work is already superseded.
    if (vacancy.version > version) return { skipped: `superseded by version ${vacancy.version}` };
    const engine = await this.index.fresh();
    if (!vacancy.open) {
      engine.vacancies.remove(vacancyId);
      await this.writer.write([{ vacancyId, matches: [] }], asOf);
      return { skipped: `vacancy is ${vacancy.status}` };
    }
    const matches = await recomputeList(engine, this.features, this.writer, vacancy, asOf);
    this.logger.debug(`vacancy ${vacancyId} v${version}: ${matches.length} matches`);
    // Inside the job: if this fails or the worker dies first, the job runs again and sends it.
    await this.producer.enqueue('notify-vacancy-matches', { vacancyId, version });
    return { matches: matches.length };
  }
}

/**
 * An erasure took someone off the vacancy's stored list: the list is computed again from the
 * index (which has dropped the person), so the next candidate moves up. A closed or deleted
 * vacancy needs no refill (its own job emptied its list). Then the request is done.
 */
@Injectable()
@HandlesJob('refill-vacancy-list')
export class RefillVacancyListHandler implements JobHandler<'refill-vacancy-list'> {
  constructor(
    private readonly index: MatchingIndexService,
    private readonly vacancies: MatchableVacanciesService,
    private readonly features: VacancyFeatures,
    private readonly store: MatchRepository,
    private readonly writer: ListWriter,
    private readonly refills: ListRefillRepository,
  ) {}

  async handle({
    vacancyId,
    request,
  }: JobPayload<'refill-vacancy-list'>): Promise<{ matches: number } | { skipped: string }> {
    requireUuid('vacancyId', vacancyId);
    const asOf = await this.store.now();
    const vacancy = await this.vacancies.findOne(vacancyId);
    let result: { matches: number } | { skipped: string } = { skipped: 'vacancy not open' };
    if (vacancy?.open) {
      const engine = await this.index.fresh();
      const matches = await recomputeList(engine, this.features, this.writer, vacancy, asOf);
      result = { matches: matches.length };
    }
    await this.refills.done({ vacancyId, request });
    return result;
  }
}

/**
 * A profile changed (or its consent): the shortlists it stood on, and those it makes now, are
 * computed again, so each vacancy's stored list stays what a re-match of every vacancy gives.
 */
@Injectable()
@HandlesJob('match-seeker')
export class MatchSeekerHandler implements JobHandler<'match-seeker'> {
  constructor(
    private readonly index: MatchingIndexService,
    private readonly store: MatchRepository,
    private readonly writer: ListWriter,
    private readonly producer: JobProducer,
  ) {}

  async handle({
    seekerId,
    version,
  }: JobPayload<'match-seeker'>): Promise<
    { matches: number; vacancies: number } | { skipped: string }
  > {
    requireUuid('seekerId', seekerId);
    const asOf = await this.store.now();
    const engine = await this.index.fresh();
    const [seeker] = await this.index.refreshSeekers([seekerId]);
    if (!seeker) {
      await this.store.deleteForSeeker(seekerId);
      return { skipped: 'job seeker no longer exists' };
    }
    if (seeker.version > version) return { skipped: `superseded by version ${seeker.version}` };
    const indexed = engine.seekers.get(seekerId);
    if (!indexed) return { skipped: 'job seeker cannot be matched' };
    const lists = await this.listsWith(engine, indexed, engine.context());
    const written = await this.writer.write(lists, asOf);
    // Inside the job: if this fails or the worker dies first, the job runs again and sends it.
    await this.producer.enqueue('notify-seeker-matches', { seekerId, version });
    return {
      matches: written.filter((match) => match.seekerId === seekerId).length,
      vacancies: lists.length,
    };
  }

  /**
   * The new shortlists of the vacancies whose list the seeker stood on, and of those it makes
   * now; in steps, so a seeker who qualifies for many vacancies never holds the event loop.
   */
  private async listsWith(
    engine: MatchingEngine,
    seeker: SeekerForMatching,
    ctx: ScoringContext,
  ): Promise<VacancyList[]> {
    const budget = new LoopBudget();
    const affected = new Set(await this.store.vacanciesOfSeeker(seeker.id));
    for (const { id, score } of engine.vacancies.topFor(seeker, ctx, engine.vacancies.size)) {
      if (!affected.has(id) && engine.onShortlist(id, seeker.id, score, ctx)) affected.add(id);
      await budget.tick();
    }
    const lists: VacancyList[] = [];
    for (const vacancyId of affected) {
      if (!engine.vacancies.get(vacancyId)) continue;
      lists.push({ vacancyId, matches: listOf(engine, vacancyId) });
      await budget.tick();
    }
    return lists;
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
    private readonly features: VacancyFeatures,
    private readonly store: MatchRepository,
    private readonly pace: MatchingPace,
    private readonly writer: ListWriter,
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
    await this.store.startRun(runId, payload.reason, total);
    const budget = new LoopBudget();
    let done = 0;
    let written = 0;
    let after: string | undefined;
    for (;;) {
      const asOf = await this.store.now();
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
      const matches = await this.writer.settle(
        await this.store.writeRunChunk(
          {
            runId,
            vacancyIds: chunk.map((v) => v.id),
            matches: shortlists,
            asOf,
            done: done + chunk.length,
          },
          this.writer.options,
        ),
      );
      done += chunk.length;
      written += matches.length;
      await budget.tick();
      await job.progress({ done, total });
    }
    await this.store.finishRun(runId);
    this.logger.log(
      `rematch-all (${payload.reason}): ${done} vacancies, ${written} matches in ${Date.now() - started} ms`,
    );
    return { vacancies: done, matches: written };
  }
}
