import type { ExplanationFacts } from '../core';
import type { HumanOverride } from './match-workflow.types';

/** The steps of a match; the engine writes `suggested`, people move it on. */
export type MatchStatus =
  'suggested' | 'shortlisted' | 'proposed' | 'introduced' | 'hired' | 'rejected';

export interface StoredMatch {
  vacancyId: string;
  seekerId: string;
  score: number;
  vacancyVersion: number;
  seekerVersion: number;
  crossBorder: boolean;
  /** Structured facts; `renderExplanation` turns them into text when read. */
  explanation: ExplanationFacts;
}

/** A stored match as the read side sees it. */
export interface MatchRecord {
  vacancyId: string;
  seekerId: string;
  score: number;
  status: MatchStatus;
  crossBorder: boolean;
  computedAt: Date;
  explanation: ExplanationFacts;
  /** The score when a person last took a step; differs from `score` after a re-match changed it. */
  scoreAtLastStep: number | null;
  /** Set when a person took the pair on against the engine. */
  humanOverride: HumanOverride | null;
  introductionRequested: boolean;
}

/** Where a pair stands on its vacancy's list. */
export interface RankedMatch {
  score: number;
  status: MatchStatus;
  rank: number;
}

/** What a list read filters on in SQL; the rest (consent, vacancy status) is read-time logic. */
export interface MatchRowFilter {
  minScore?: number;
  crossBorder?: boolean;
}

/** Which rows of a stored list to read, and which page of them. */
export interface MatchPageFilter extends MatchRowFilter {
  /** Only rows at these steps. */
  statuses?: readonly MatchStatus[];
  /** Only rows with these counterparts (seekers on a vacancy's list, vacancies of a seeker's). */
  among?: readonly string[];
  /** 1-based. */
  page: number;
  pageSize: number;
}

/** A page of a stored list and how many rows pass its filter in all. */
export interface MatchPage {
  rows: MatchRecord[];
  total: number;
}

/** A chunk of a `rematch-all` run: the new lists of some vacancies and the run's progress. */
export interface RematchChunk {
  runId: string;
  vacancyIds: readonly string[];
  matches: readonly StoredMatch[];
  asOf: string;
  /** Vacancies done in this run once the chunk is written. */
  done: number;
}

/** How many people miss an essential skill on the stored lists of a group of vacancies. */
export interface MissingSkillTally {
  group: string;
  skill: string;
  /** People not rejected on a list of the group who miss the skill, each counted once. */
  seekers: number;
  /** Vacancies of the group where a listed candidate misses it. */
  vacancies: number;
}
