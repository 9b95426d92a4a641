import type { ExplanationFacts, KnockOutCode } from '../core';
import type { MatchStatus } from './match.types';

/** What a person went against when they added a pair by hand (stored with the match). */
export interface HumanOverride {
  /** The engine had not put the pair on the list. */
  notSuggested: boolean;
  /** Knock-outs the pair failed when it was added. */
  knockOuts: KnockOutCode[];
  /** The score the engine gave the pair when it was added. */
  engineScore: number;
  by: string;
  at: string;
}

/** One pair as the workflow reads it. */
export interface WorkflowMatch {
  vacancyId: string;
  seekerId: string;
  status: MatchStatus;
  score: number;
  scoreAtLastStep: number | null;
  statusReason: string | null;
  rejectedBy: string | null;
  humanOverride: HumanOverride | null;
  introductionRequestedAt: Date | null;
  introductionAgreedOn: string | null;
  explanation: ExplanationFacts;
}

/** One step to write: the match row moves from `from` to `to` only if it is still at `from`. */
export interface StepWrite {
  vacancyId: string;
  seekerId: string;
  action: string;
  from: MatchStatus;
  to: MatchStatus;
  actorSubject: string;
  actorRole: string;
  onBehalfOf?: string;
  reason?: string;
  note?: string;
  rejectedBy?: string;
  introductionRequested?: boolean;
  introductionAgreedOn?: string;
}

/** One line of a match's history. */
export interface MatchStepRecord {
  action: string;
  from: MatchStatus;
  to: MatchStatus;
  actorRole: string;
  actorSubject: string;
  onBehalfOf: string | null;
  reason: string | null;
  note: string | null;
  score: number;
  occurredAt: Date;
}

/** What a hire records. */
export interface PlacementWrite {
  vacancyId: string;
  seekerId: string;
  organisationId: string;
  startDate: string;
  hoursPerWeek: number;
  contractType: string;
  countryOfWork: string;
  banenafspraak: boolean;
  banen: number;
  recordedBy: string;
}

/** A stored placement, for the region's report. */
export interface PlacementRecord extends PlacementWrite {
  recordedAt: Date;
}
