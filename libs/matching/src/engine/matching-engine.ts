import {
  dayNumber,
  explanationFacts,
  prepareVacancy,
  RetrievalStats,
  ScoringContext,
  ScoringModel,
  SeekerIndex,
  VacancyForMatching,
  VacancyIndex,
} from '../core';
import type { StoredMatch } from '../store/match.types';
import { ShortlistCutoffs } from './shortlist-cutoffs';

/** Shortlist length per vacancy. */
export const SHORTLIST_SIZE = 50;

/**
 * The in-memory side of matching: the two retrieval indexes and the scorer. Pure and
 * synchronous, so the worker, the benchmark and tests drive the same code.
 */
export class MatchingEngine {
  readonly seekers = new SeekerIndex();
  readonly vacancies = new VacancyIndex();
  private readonly cutoffs = new ShortlistCutoffs(SHORTLIST_SIZE);

  constructor(private readonly model: ScoringModel) {
    this.seekers.onRemove = (id) => this.cutoffs.seekerChanged(id);
    this.vacancies.onRemove = (id) => this.cutoffs.vacancyChanged(id);
  }

  context(today = new Date()): ScoringContext {
    return { model: this.model, today: dayNumber(today.toISOString()) };
  }

  /** The explained shortlist of one vacancy against every indexed seeker. */
  shortlist(
    vacancy: VacancyForMatching,
    ctx: ScoringContext,
    stats?: RetrievalStats,
  ): StoredMatch[] {
    const prepared = prepareVacancy(vacancy);
    const ranked = this.seekers.topFor(prepared, ctx, SHORTLIST_SIZE, stats);
    this.cutoffs.remember(vacancy.id, ranked, ctx.today);
    // Explained only when read: a writer stores the rows that changed, often a few of 50.
    return ranked.map(({ id, score }) => {
      let facts: StoredMatch['explanation'] | undefined;
      const seekers = this.seekers;
      return {
        vacancyId: vacancy.id,
        seekerId: id,
        score,
        vacancyVersion: vacancy.version,
        seekerVersion: seekers.versionOf(id)!,
        crossBorder: vacancy.country === 'DE',
        get explanation() {
          return (facts ??= explanationFacts(prepared, seekers.get(id)!, ctx));
        },
      };
    });
  }

  /**
   * Whether the seeker, scoring `score` there, makes the shortlist of an indexed vacancy as the
   * index stands. A score below the last computed list's cutoff answers at once while nobody on
   * that list changed since (others can only have raised the cutoff).
   */
  onShortlist(vacancyId: string, seekerId: string, score: number, ctx: ScoringContext): boolean {
    const prepared = this.vacancies.get(vacancyId);
    if (!prepared) return false;
    if (this.cutoffs.below(vacancyId, { id: seekerId, score }, ctx.today)) return false;
    const ranked = this.seekers.topFor(prepared, ctx, SHORTLIST_SIZE);
    this.cutoffs.remember(vacancyId, ranked, ctx.today);
    return ranked.some((r) => r.id === seekerId);
  }
}
