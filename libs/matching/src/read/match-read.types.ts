import { Explanation } from '../core';
import type { MatchStatus } from '../store/match.types';
import type { HumanOverride } from '../store/match-workflow.types';

export type { MatchStatus };

export interface MatchFilters {
  minScore?: number;
  crossBorder?: boolean;
  /** Vacancy shortlist: candidates in the banenafspraak target group (advisers only). Seeker: banenafspraak vacancies. */
  banenafspraak?: boolean;
  page: number;
  pageSize: number;
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  /** False when the vacancy is not open: its matches are no longer offered. */
  offered: boolean;
}

export interface LabelledSkill {
  uri: string;
  label: string;
}

/** An adviser's or coach's view of a match: the full explanation. */
export interface MatchView {
  vacancyId: string;
  seekerId: string;
  vacancyTitle?: string;
  score: number;
  status: MatchStatus;
  crossBorder: boolean;
  computedAt: string;
  explanation: Explanation;
  matchedSkills: LabelledSkill[];
  missingEssentialSkills: LabelledSkill[];
  /** The score when a person last took a step (null before); beside `score` so a change shows. */
  scoreAtLastStep: number | null;
  /** True when a re-match changed the score since the last step. */
  scoreChangedSinceStep: boolean;
  /** What a person overrode when they took the pair on against the engine, if they did. */
  humanOverride: HumanOverride | null;
  introductionRequested: boolean;
  /** Advisers: an open step whose candidate withdrew consent (no longer shown to the employer). */
  consentWithdrawn: boolean;
}

/**
 * What an employer sees of a candidate: no name, contact, age, BSN or target-group status;
 * only what the job needs.
 */
export interface CandidateCard {
  candidateId: string;
  /** proposed, introduced or hired: an employer sees no other step. */
  status: MatchStatus;
  introductionRequested: boolean;
  score: number;
  educationEqf: number | null;
  occupationsWanted: LabelledSkill[];
  matchedSkills: LabelledSkill[];
  missingEssentialSkills: LabelledSkill[];
  distanceBand: string | null;
  hoursPerWeek: { min: number; max: number } | null;
  availableNow: boolean;
  availableFrom: string | null;
  languages: Array<{ language: string; level: string }>;
}
