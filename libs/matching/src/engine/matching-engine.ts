import {
  dayNumber,
  explanationFacts,
  prepareVacancy,
  RetrievalStats,
  ScoringContext,
  ScoringModel,
  SeekerForMatching,
  SeekerIndex,
  VacancyForMatching,
  VacancyIndex,
} from '../core';
import type { StoredMatch } from '../store/match.types';

/** Shortlist length per vacancy, and matches kept per seeker. */
export const SHORTLIST_SIZE = 50;

/**
 * The in-memory side of matching: the two retrieval indexes and the scorer. Pure and
 * synchronous, so the worker, the benchmark and tests drive the same code.
 */
export class MatchingEngine {
  readonly seekers = new SeekerIndex();
  readonly vacancies = new VacancyIndex();

  constructor(private readonly model: ScoringModel) {}

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
    return this.seekers.topFor(prepared, ctx, SHORTLIST_SIZE, stats).map(({ id }) => {
      const seeker = this.seekers.get(id)!;
      return toStored(vacancy, seeker, explanationFacts(prepared, seeker, ctx));
    });
  }

  /**
   * The indexed vacancies whose shortlist a change of this seeker can alter: those it makes now
   * (beyond `among`, where it stood before). Each comes with its whole new shortlist.
   */
  shortlistsWith(
    seeker: SeekerForMatching,
    among: Iterable<string>,
    ctx: ScoringContext,
  ): Array<{ vacancyId: string; matches: StoredMatch[] }> {
    const affected = new Set<string>();
    for (const id of among) if (this.vacancies.get(id)) affected.add(id);
    for (const { id } of this.vacancies.topFor(seeker, ctx, this.vacancies.size)) {
      if (affected.has(id)) continue;
      const ranked = this.seekers.topFor(this.vacancies.get(id)!, ctx, SHORTLIST_SIZE);
      if (ranked.some((r) => r.id === seeker.id)) affected.add(id);
    }
    return [...affected].map((vacancyId) => ({
      vacancyId,
      matches: this.shortlist(this.vacancies.get(vacancyId)!.vacancy, ctx),
    }));
  }

  /** The explained best vacancies for one seeker among the indexed (open) vacancies. */
  matchesFor(seeker: SeekerForMatching, ctx: ScoringContext): StoredMatch[] {
    return this.vacancies.topFor(seeker, ctx, SHORTLIST_SIZE).map(({ id }) => {
      const prepared = this.vacancies.get(id)!;
      return toStored(prepared.vacancy, seeker, explanationFacts(prepared, seeker, ctx));
    });
  }
}

function toStored(
  vacancy: VacancyForMatching,
  seeker: SeekerForMatching,
  explanation: StoredMatch['explanation'],
): StoredMatch {
  return {
    vacancyId: vacancy.id,
    seekerId: seeker.id,
    score: explanation.score,
    vacancyVersion: vacancy.version,
    seekerVersion: seeker.version,
    crossBorder: vacancy.country === 'DE',
    explanation,
  };
}
