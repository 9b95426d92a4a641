/**
 * The shapes of the match endpoints, which the OpenAPI documents leave untyped (the controllers
 * return the matching context's views): `MatchView` and `CandidateCard` of `@wt/matching`.
 */
export type MatchStatus = 'suggested' | 'shortlisted' | 'proposed' | 'introduced' | 'hired' | 'rejected';
export type Text = { nl: string; en: string };

export interface LabelledSkill {
  uri: string;
  label: string;
}

export interface ComponentScore {
  name: 'occupation' | 'skills' | 'level' | 'distance' | 'hours' | 'availability' | 'experience' | 'support';
  value: number;
  weight: number;
  points: number;
  detail: Text;
}

export interface Explanation {
  modelVersion: string;
  score: number;
  knockOuts: Array<{ code: string; reason: Text }>;
  passed: string[];
  components: ComponentScore[];
  level: {
    seekerEqf: number | null;
    requiredEqf: number | null;
    seekerQualification: string | null;
    requiredQualification: string | null;
    verdict: 'below' | 'equal' | 'above' | 'unknown' | 'no-requirement';
  };
  distance: { km: number | null; maxKm: number | null; crossBorder: boolean };
  languages: Array<{ language: string; required: string; have: string | null; ok: boolean }>;
  notes: Text[];
}

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
  scoreAtLastStep: number | null;
  scoreChangedSinceStep: boolean;
  humanOverride: unknown;
  introductionRequested: boolean;
  consentWithdrawn: boolean;
}

export interface CandidateCard {
  candidateId: string;
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

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  offered: boolean;
}

export const REJECT_REASONS = ['not-interested', 'qualification', 'distance', 'hours', 'language', 'filled', 'other'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** The explanation texts come in Dutch and English; German readers get the English. */
export const textIn = (text: Text, language: string): string => (language === 'nl' ? text.nl : text.en);

/** A short, stable handle for an anonymous candidate ("K-3F9A"). */
export const candidateHandle = (id: string): string => `K-${id.replace(/-/g, '').slice(-4).toUpperCase()}`;
