import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import {
  dayNumber,
  evaluateCandidate,
  PreparedVacancy,
  prepareVacancy,
  SCORING_MODEL,
  scoreOf,
  seekerFeatures,
  SeekerForMatching,
  VacancyFeatures,
} from '@wt/matching';
import { MatchableSeeker, MatchableSeekersService, SeekerSummariesService } from '@wt/job-seekers';
import { MatchableVacanciesService, MatchableVacancy, regionToday } from '@wt/vacancies';
import { TaxonomyService } from '@wt/taxonomy';
import { areaOf } from './core/areas';
import {
  buildPicture,
  InsightPicture,
  InsightSeeker,
  InsightVacancy,
} from './core/insight-picture';
import { regionTightnessByUnit, UnitTightness } from './core/transitions';
import { Verdict } from './core/unserved';

/**
 * How old a market may get before a request refreshes it behind: changes the services do not
 * stamp (a closing date passing, an erasure, a write whose transaction began before a build read)
 * are taken in within this.
 */
export const MARKET_REFRESH_MS = 60_000;
/** A market this old (nobody asked for so long) is not served: the request waits for a new one. */
export const MARKET_MAX_STALE_MS = 15 * 60_000;
/** How often requests look for vacancy and profile changes (two one-row reads) behind them. */
export const MARKET_CHECK_MS = 1_000;

const VACANCY_CHUNK = 2_000;
/** More vacancies changed than this since a build, and all are prepared anew. */
const CHANGED_VACANCIES_LISTED = 500;
const SEEKER_CHUNK = 2_000;

/**
 * The demand side of the region for one person's view: open vacancies, their occupations'
 * essential skills, and open positions and people available now per ISCO unit group. It holds no
 * personal data (counts only), so it is kept and refreshed behind the requests that read it.
 */
export interface Market {
  /** Open vacancies (`seekers` empty). */
  picture: InsightPicture;
  unitTightness: UnitTightness;
  /** Occupations of open vacancies -> their essential skills in ESCO. */
  essentialSkills: ReadonlyMap<string, readonly string[]>;
  /** When its reads began: changes stamped from then on are looked for by the next refresh. */
  builtAt: number;
}

/**
 * Keeps the market for transitions and "one skill away", stale-while-revalidate: a request is
 * answered from the market as it is, and then (at most every {@link MARKET_CHECK_MS}) starts a
 * refresh behind it, which rebuilds the market when a vacancy or profile changed since it was
 * built or it is older than {@link MARKET_REFRESH_MS}. So an answer is correct as of the market's
 * build and may miss the changes since: a change is in every answer once a refresh begun after it
 * has ended (the one the next request starts; {@link refreshed} awaits one). The person asked
 * about is always read as they are now; only the region's vacancies and counts lag. A request
 * waits only when there is no market yet or it is older than {@link MARKET_MAX_STALE_MS}; the
 * market is built behind the start-up (warm-up), so the first request finds it or its build.
 */
@Injectable()
export class InsightMarketService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(InsightMarketService.name);
  private market?: Market;
  /** The refresh under way, and the one queued behind it (for changes it may have missed). */
  private running?: Promise<Market>;
  private queued?: Promise<Market>;
  private checkedAt = 0;
  private closed = false;
  /** Vacancies prepared for scoring, per market: only once "one skill away" asked for them. */
  private readonly preparedOf = new WeakMap<
    Market,
    Promise<ReadonlyMap<string, PreparedVacancy>>
  >();
  private preparedWanted = false;

  constructor(
    private readonly features: VacancyFeatures,
    private readonly taxonomy: TaxonomyService,
    private readonly vacancies: MatchableVacanciesService,
    private readonly seekers: MatchableSeekersService,
    private readonly summaries: SeekerSummariesService,
  ) {}

  /** Warm-up: the market is built behind the start, so the first request finds it (or its build). */
  onApplicationBootstrap(): void {
    this.refreshed().catch((error: unknown) =>
      this.logger.warn(
        `Market not built ahead (${error instanceof Error ? error.message : String(error)}); built on first use`,
      ),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    await Promise.all([this.running, this.queued].map((p) => p?.catch(() => undefined)));
  }

  /**
   * Answers from the market as it is now (see the class), then, when a check is due, starts a
   * refresh behind the answer, so that the refresh's reads and parsing do not hold it up. Waits
   * for a market only when there is none to serve.
   */
  async answer<T>(answer: (market: Market) => Promise<T>): Promise<T> {
    const market = this.market;
    if (!market || Date.now() - market.builtAt > MARKET_MAX_STALE_MS) {
      return answer(await this.refreshed());
    }
    try {
      return await answer(market);
    } finally {
      if (Date.now() - this.checkedAt >= MARKET_CHECK_MS) {
        this.refreshed().catch((error: unknown) =>
          this.logger.warn(
            `Market refresh failed (${error instanceof Error ? error.message : String(error)}); the previous one is served`,
          ),
        );
      }
    }
  }

  /**
   * The market with every change made before this call: after the refresh under way (which may
   * have read before the change), looks for changes since the market was built and rebuilds it if
   * there are any. Requests start this behind them; tests and benches await it.
   */
  refreshed(): Promise<Market> {
    if (this.queued) return this.queued;
    if (!this.running) return (this.running = this.refresh());
    const queued = this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return (this.running = this.refresh());
      });
    return (this.queued = queued);
  }

  /** The market's open vacancies prepared for scoring (for "one skill away"), prepared once each. */
  prepared(
    market: Market,
    reuse?: { prepared: Promise<ReadonlyMap<string, PreparedVacancy>>; changed: Set<string> },
  ): Promise<ReadonlyMap<string, PreparedVacancy>> {
    this.preparedWanted = true;
    let prepared = this.preparedOf.get(market);
    if (!prepared) {
      prepared = this.prepareAll(market, reuse);
      this.preparedOf.set(market, prepared);
      prepared.catch(() => this.preparedOf.delete(market));
    }
    return prepared;
  }

  private async refresh(): Promise<Market> {
    try {
      this.checkedAt = Date.now();
      const market = this.market;
      const changes = market ? await this.changesSince(market) : 'all';
      if (market && changes === 'none') return market;
      const built = await this.build();
      // Once "one skill away" was asked, the next market comes prepared (reusing what the last
      // one prepared of vacancies unchanged since): no request waits for it.
      if (this.preparedWanted && !this.closed) {
        const reuse = market && changes !== 'all' ? this.preparedOf.get(market) : undefined;
        await this.prepared(built, reuse && { prepared: reuse, changed: changes as Set<string> });
      }
      this.market = built;
      return built;
    } finally {
      this.running = undefined;
    }
  }

  /**
   * What changed since `market` was built: nothing, the vacancies changed (profiles perhaps too),
   * or all (too old, or too many changed vacancies to list).
   */
  private async changesSince(market: Market): Promise<'none' | 'all' | Set<string>> {
    if (Date.now() - market.builtAt > MARKET_REFRESH_MS) return 'all';
    const since = new Date(market.builtAt);
    const [vacancies, seekers] = await Promise.all([
      this.vacancies.changedSince(since, CHANGED_VACANCIES_LISTED + 1),
      this.seekers.changedSince(since, 1),
    ]);
    if (vacancies.length > CHANGED_VACANCIES_LISTED) return 'all';
    return vacancies.length + seekers.length === 0 ? 'none' : new Set(vacancies);
  }

  /**
   * Scores each pair's `seekers` against its vacancy with the matching model as it is now. Only
   * these vacancies and job seekers are read whole (as scoring reads them), in chunks.
   */
  async evaluate(
    picture: InsightPicture,
    pairs: Array<{ vacancy: InsightVacancy; seekers: InsightSeeker[] }>,
  ): Promise<Map<string, Verdict[]>> {
    const ctx = { model: SCORING_MODEL, today: dayNumber(picture.today) };
    const ids = new Set<string>();
    for (const p of pairs) for (const s of p.seekers) ids.add(s.id);
    const chunks: string[][] = [];
    for (const id of ids) {
      if (chunks.length === 0 || chunks[chunks.length - 1].length === SEEKER_CHUNK) chunks.push([]);
      chunks[chunks.length - 1].push(id);
    }
    // The chunks are read at once (the database sends one while the next is parsed here).
    const features = new Map<string, SeekerForMatching>();
    const [prepared] = await Promise.all([
      this.vacancies.findMany(pairs.map((p) => p.vacancy.id)).then((v) => this.prepare(v)),
      ...chunks.map(async (chunk) => {
        for (const s of await this.seekers.findMany(chunk)) {
          features.set(s.id, seekerFeatures(s, picture.isco));
        }
      }),
    ]);
    return new Map(
      pairs.map(({ vacancy, seekers }) => {
        const p = prepared.get(vacancy.id);
        const verdicts: Verdict[] = [];
        for (const s of seekers) {
          const f = features.get(s.id);
          if (!p || !f) continue; // closed or erased since the picture was read
          const e = evaluateCandidate(p, f, ctx, 'knock-outs');
          verdicts.push({ knockOuts: e.knockOuts, score: scoreOf(e, ctx) });
        }
        return [vacancy.id, verdicts];
      }),
    );
  }

  /** One person against prepared vacancies: knock-outs, missing essential skills, score with them. */
  skillsAway(
    market: Market,
    prepared: ReadonlyMap<string, PreparedVacancy>,
    seeker: MatchableSeeker,
    isco: ReadonlyMap<string, string>,
    vacancies: InsightVacancy[],
  ) {
    const ctx = { model: SCORING_MODEL, today: dayNumber(market.picture.today) };
    const features = seekerFeatures(seeker, isco);
    return vacancies.flatMap((vacancy) => {
      const p = prepared.get(vacancy.id);
      if (!p) return []; // erased since the market was built
      const e = evaluateCandidate(p, features, ctx);
      const missing = e.skills.missingEssential;
      const withSkills =
        missing.length === 0
          ? e
          : evaluateCandidate(p, { ...features, skills: [...features.skills, ...missing] }, ctx);
      return [
        {
          vacancy,
          knockOuts: e.knockOuts,
          missingEssential: missing,
          score: scoreOf(e, ctx),
          scoreWithSkills: scoreOf(withSkills, ctx),
        },
      ];
    });
  }

  /**
   * Lean: open-vacancy summaries, and people available now counted per home and wanted
   * occupations in one GROUP BY (no profile is read); nothing is prepared for scoring.
   */
  private async build(): Promise<Market> {
    const builtAt = Date.now();
    const [vacancies, available] = await Promise.all([
      this.vacancies.openSummaries(),
      this.summaries.availableNowCounts(),
    ]);
    const offered = new Set<string>();
    for (const v of vacancies) if (v.occupationUri) offered.add(v.occupationUri);
    const occupations = new Set(offered);
    for (const a of available) for (const uri of a.wantedOccupations) occupations.add(uri);
    const [isco, essentialSkills] = await Promise.all([
      this.taxonomy.iscoGroupsOf([...occupations]),
      this.taxonomy.essentialSkillsOf([...offered]),
    ]);
    const picture = buildPicture(regionToday(), vacancies, [], isco);
    const unitTightness = regionTightnessByUnit(
      picture.vacancies,
      available.map((a) => ({
        area: areaOf(a.home),
        units: a.wantedOccupations.map((uri) => isco.get(uri) ?? null),
        count: a.count,
      })),
    );
    return { picture, unitTightness, essentialSkills, builtAt };
  }

  /**
   * The market's vacancies read whole and prepared for scoring, in chunks read at once; those
   * `reuse` prepared and not changed since are taken from it.
   */
  private async prepareAll(
    market: Market,
    reuse?: { prepared: Promise<ReadonlyMap<string, PreparedVacancy>>; changed: Set<string> },
  ): Promise<ReadonlyMap<string, PreparedVacancy>> {
    const before = await reuse?.prepared.catch(() => undefined);
    const result = new Map<string, PreparedVacancy>();
    const ids: string[] = [];
    for (const { id } of market.picture.vacancies) {
      const kept = reuse && !reuse.changed.has(id) ? before?.get(id) : undefined;
      if (kept) result.set(id, kept);
      else ids.push(id);
    }
    const chunks: string[][] = [];
    for (let i = 0; i < ids.length; i += VACANCY_CHUNK) {
      chunks.push(ids.slice(i, i + VACANCY_CHUNK));
    }
    const read = await Promise.all(chunks.map((chunk) => this.vacancies.findMany(chunk)));
    for (const [id, p] of await this.prepare(read.flat())) result.set(id, p);
    return result;
  }

  private async prepare(vacancies: MatchableVacancy[]): Promise<Map<string, PreparedVacancy>> {
    const features = await this.features.of(vacancies);
    return new Map(features.map((f) => [f.id, prepareVacancy(f)]));
  }
}
