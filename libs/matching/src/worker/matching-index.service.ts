import { Injectable, Logger } from '@nestjs/common';
import { MatchableSeeker, MatchableSeekersService } from '@wt/job-seekers';
import { TaxonomyService } from '@wt/taxonomy';
import { MatchableVacanciesService } from '@wt/vacancies';
import { SCORING_MODEL } from '../core';
import { MatchingEngine } from '../engine';
import { LoopBudget, MatchingPace } from './matching-pace';
import { guardRow } from './row-guard';
import { occupationUrisOf, seekerFeatures, VacancyFeatures } from '../features/matching-features';

/** Changes are re-read with this overlap, so clock differences between machines lose nothing. */
const SYNC_OVERLAP_MS = 60_000;

/**
 * The worker's in-memory retrieval index over every profile and open vacancy. Loaded once, then
 * kept fresh before each job by reading what changed since (other workers may have handled
 * those changes), so every worker process ranks on current data.
 */
@Injectable()
export class MatchingIndexService {
  private readonly logger = new Logger(MatchingIndexService.name);
  private engine = new MatchingEngine(SCORING_MODEL);
  private loaded?: Promise<void>;
  private syncedAt = new Date(0);
  /** How far the erasure feed has been applied to this index. */
  private erasedSeq = 0;
  private syncing: Promise<void> = Promise.resolve();
  /** When each vacancy the index has read was last changed: a sync reads again only what moved. */
  private readonly vacancyStamps = new Map<string, number>();

  constructor(
    private readonly seekers: MatchableSeekersService,
    private readonly vacancies: MatchableVacanciesService,
    private readonly taxonomy: TaxonomyService,
    private readonly features: VacancyFeatures,
    private readonly pace: MatchingPace,
  ) {}

  /** The index, loaded and caught up with every change committed before this call. */
  async fresh(): Promise<MatchingEngine> {
    this.loaded ??= this.loadAll().catch((error) => {
      this.loaded = undefined;
      throw error;
    });
    await this.loaded;
    const sync = this.syncing.then(() => this.sync());
    this.syncing = sync.catch(() => undefined);
    await sync;
    return this.engine;
  }

  /** Drops the index and loads everything again (a full re-match). */
  async reload(): Promise<MatchingEngine> {
    // After a taxonomy import the near occupations may have changed: read them again now.
    await this.taxonomy.occupationNearness(true);
    this.loaded = undefined;
    this.engine = new MatchingEngine(SCORING_MODEL);
    return this.fresh();
  }

  async refreshSeekers(ids: readonly string[]): Promise<MatchableSeeker[]> {
    const found = await this.seekers.findMany(ids);
    const isco = await this.taxonomy.iscoGroupsOf(occupationUrisOf(found));
    for (const seeker of found)
      guardRow('job-seeker', seeker.id, () =>
        this.engine.seekers.upsert(seekerFeatures(seeker, isco)),
      );
    const present = new Set(found.map((s) => s.id));
    for (const id of ids) if (!present.has(id)) this.engine.seekers.remove(id);
    return found;
  }

  async refreshVacancies(ids: readonly string[]): Promise<void> {
    const found = await this.vacancies.findMany(ids);
    for (const vacancy of found.filter((v) => !v.open)) this.engine.vacancies.remove(vacancy.id);
    for (const features of await this.features.of(found.filter((v) => v.open)))
      guardRow('vacancy', features.id, () => this.engine.vacancies.upsert(features));
    const present = new Set(found.map((v) => v.id));
    for (const id of ids) if (!present.has(id)) this.engine.vacancies.remove(id);
  }

  private async loadAll(): Promise<void> {
    const started = Date.now();
    const since = new Date(started - SYNC_OVERLAP_MS);
    // Read first: a profile erased while loading is dropped by the next sync.
    const erasedSeq = await this.seekers.lastErasedSeq();
    const budget = new LoopBudget();
    let after: string | undefined;
    for (;;) {
      const ids = await this.seekers.idsAfter(after, this.pace.loadChunk);
      if (ids.length === 0) break;
      await this.refreshSeekers(ids);
      after = ids[ids.length - 1];
      await budget.tick();
    }
    after = undefined;
    for (;;) {
      const open = await this.vacancies.openAfter(after, this.pace.loadChunk);
      if (open.length === 0) break;
      for (const features of await this.features.of(open))
        guardRow('vacancy', features.id, () => this.engine.vacancies.upsert(features));
      after = open[open.length - 1].id;
      await budget.tick();
    }
    this.syncedAt = since;
    this.erasedSeq = erasedSeq;
    this.logger.log(
      `Matching index loaded: ${this.engine.seekers.size} job seekers, ${this.engine.vacancies.size} open vacancies in ${Date.now() - started} ms`,
    );
  }

  private async sync(): Promise<void> {
    const now = Date.now();
    const since = new Date(this.syncedAt.getTime() - SYNC_OVERLAP_MS);
    // The overlap re-reads recent changes; only those this index does not hold yet are loaded.
    const seekerIds = (await this.seekers.versionsChangedSince(since))
      .filter((s) => this.engine.seekers.versionOf(s.id) !== s.version)
      .map((s) => s.id);
    const vacancyStamps = (await this.vacancies.stampsChangedSince(since)).filter(
      (v) => this.vacancyStamps.get(v.id) !== v.updatedAt,
    );
    const vacancyIds = vacancyStamps.map((v) => v.id);
    if (seekerIds.length > 0) await this.refreshSeekers(seekerIds);
    if (vacancyIds.length > 0) await this.refreshVacancies(vacancyIds);
    // Read no later than the rows were: a change after it moves the stamp, and is read again.
    for (const v of vacancyStamps) this.vacancyStamps.set(v.id, v.updatedAt);
    await this.dropErased(since);
    this.syncedAt = new Date(now);
  }

  /** Erased profiles leave no trace in `updated_at`: the erasure feed names them. */
  private async dropErased(since: Date): Promise<void> {
    const erased = await this.seekers.erasedSince(this.erasedSeq, since);
    for (const { id } of erased) this.engine.seekers.remove(id);
    if (erased.length > 0) this.erasedSeq = Math.max(this.erasedSeq, erased[erased.length - 1].seq);
  }
}
