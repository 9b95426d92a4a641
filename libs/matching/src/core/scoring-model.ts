import { ComponentName } from './matching.types';

/**
 * The scoring model: weights and tolerances in one place. Change anything here and bump the
 * version: stored matches carry it, and a changed model triggers a full re-match.
 */
export interface ScoringModel {
  version: string;
  /** Relative weights; the score is their weighted mean x 100. */
  weights: Record<ComponentName, number>;
  /** EQF levels a seeker may be below the vacancy's minimum without a knock-out. */
  levelTolerance: number;
  /** The same for learning-working places (BBL, leerwerk, Ausbildung), where the job trains. */
  learningWorkingLevelTolerance: number;
  /** Days a seeker may become available after the vacancy's start date. */
  startDateGraceDays: number;
  /** Distance in km beyond which the distance component is 0 when the seeker gave no maximum. */
  defaultMaxTravelKm: number;
  /** Years of experience in the occupation that count as full experience. */
  fullExperienceYears: number;
  /**
   * Occupation credit of a near occupation per unit of skill similarity (see
   * `VacancyForMatching.nearOccupations`): similarity 1 earns what the same ISCO unit group earns.
   */
  nearOccupationCredit: number;
  /**
   * The lowest score that makes a shortlist. Without a related occupation (same ISCO minor group
   * or closer, or near by its skills) or shared skills a pair cannot reach it, however well the
   * rest fits.
   */
  shortlistMinScore: number;
}

export const SCORING_MODEL: ScoringModel = {
  // 2026.11-2: a vacancy that lists no skills is compared on its occupation's essential skills.
  // 2026.12-1: occupations near by their ESCO skills earn occupation credit beyond the ISCO group.
  version: '2026.12-1',
  weights: {
    occupation: 30,
    skills: 25,
    level: 12,
    distance: 12,
    hours: 6,
    availability: 6,
    experience: 5,
    support: 4,
  },
  levelTolerance: 0,
  learningWorkingLevelTolerance: 2,
  startDateGraceDays: 60,
  defaultMaxTravelKm: 30,
  fullExperienceYears: 3,
  nearOccupationCredit: 0.7,
  shortlistMinScore: 45,
};
