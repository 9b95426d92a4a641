import { Explanation } from '../core';

export type MatchStatus =
  'suggested' | 'shortlisted' | 'proposed' | 'introduced' | 'hired' | 'rejected';

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
}

/**
 * What an employer sees of a candidate: no name, contact, age, BSN or target-group status;
 * only what the job needs.
 */
export interface CandidateCard {
  candidateId: string;
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

/** A stored match as regional insight counts it (`MatchReadService.insightFacts`). */
export interface StoredMatchFact {
  vacancyId: string;
  seekerId: string;
  score: number;
  missingEssential: string[];
}
