import { Injectable } from '@nestjs/common';
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
import { MatchableSeeker, MatchableSeekersService } from '@wt/job-seekers';
import { MatchableVacanciesService, MatchableVacancy } from '@wt/vacancies';
import { TaxonomyService } from '@wt/taxonomy';
import { InsightPicture, InsightSeeker, InsightVacancy } from './core/insight-picture';
import { regionTightnessByUnit, UnitTightness } from './core/transitions';
import { Verdict } from './core/unserved';
import { InsightPictureService } from './insight-picture.service';

/** How long the demand side (open vacancies, counts per unit group) is reused for one person's view. */
export const MARKET_REFRESH_MS = 60_000;

const VACANCY_CHUNK = 2_000;
const SEEKER_CHUNK = 2_000;

/**
 * The demand side of the region for one person's view: open vacancies prepared for scoring, their
 * occupations' essential skills, and people counts per ISCO unit group. It holds no personal
 * data (counts only), so it may be kept for {@link MARKET_REFRESH_MS} and refreshed behind.
 */
export interface Market {
  picture: InsightPicture;
  unitTightness: UnitTightness;
  prepared: ReadonlyMap<string, PreparedVacancy>;
  /** Occupations of open vacancies -> their essential skills in ESCO. */
  essentialSkills: ReadonlyMap<string, readonly string[]>;
  builtAt: number;
}

@Injectable()
export class InsightMarketService {
  private market?: Promise<Market>;

  constructor(
    private readonly pictures: InsightPictureService,
    private readonly features: VacancyFeatures,
    private readonly taxonomy: TaxonomyService,
    private readonly vacancies: MatchableVacanciesService,
    private readonly seekers: MatchableSeekersService,
  ) {}

  /**
   * The current market, rebuilt when it is older than {@link MARKET_REFRESH_MS} or a vacancy or
   * profile changed since it was built.
   */
  async current(): Promise<Market> {
    const market = await this.market?.catch(() => undefined);
    if (market && !(await this.outdated(market))) return market;
    this.market = this.build();
    return this.market;
  }

  private async outdated(market: Market): Promise<boolean> {
    if (Date.now() - market.builtAt > MARKET_REFRESH_MS) return true;
    const since = new Date(market.builtAt);
    const [vacancies, seekers] = [
      await this.vacancies.changedSince(since, 1),
      await this.seekers.changedSince(since, 1),
    ];
    return vacancies.length + seekers.length > 0;
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
    seeker: MatchableSeeker,
    isco: ReadonlyMap<string, string>,
    vacancies: InsightVacancy[],
  ) {
    const ctx = { model: SCORING_MODEL, today: dayNumber(market.picture.today) };
    const features = seekerFeatures(seeker, isco);
    return vacancies.map((vacancy) => {
      const p = market.prepared.get(vacancy.id)!;
      const e = evaluateCandidate(p, features, ctx);
      const missing = e.skills.missingEssential;
      const withSkills =
        missing.length === 0
          ? e
          : evaluateCandidate(p, { ...features, skills: [...features.skills, ...missing] }, ctx);
      return {
        vacancy,
        knockOuts: e.knockOuts,
        missingEssential: missing,
        score: scoreOf(e, ctx),
        scoreWithSkills: scoreOf(withSkills, ctx),
      };
    });
  }

  private async build(): Promise<Market> {
    const builtAt = Date.now();
    const picture = await this.pictures.load();
    const unitTightness = regionTightnessByUnit(picture);
    const prepared = await this.prepare(await this.openVacancies());
    const occupations = [
      ...new Set(picture.vacancies.flatMap((v) => (v.occupationUri ? [v.occupationUri] : []))),
    ];
    const essentialSkills = await this.taxonomy.essentialSkillsOf(occupations);
    return {
      picture: { ...picture, seekers: [] },
      unitTightness,
      prepared,
      essentialSkills,
      builtAt,
    };
  }

  private async openVacancies(): Promise<MatchableVacancy[]> {
    const all: MatchableVacancy[] = [];
    for (let after: string | undefined; ;) {
      const chunk = await this.vacancies.openAfter(after, VACANCY_CHUNK);
      all.push(...chunk);
      if (chunk.length < VACANCY_CHUNK) return all;
      after = chunk[chunk.length - 1].id;
    }
  }

  private async prepare(vacancies: MatchableVacancy[]): Promise<Map<string, PreparedVacancy>> {
    const features = await this.features.of(vacancies);
    return new Map(features.map((f) => [f.id, prepareVacancy(f)]));
  }
}
