import type { MatchStatus } from '../store/match.types';
import type { HumanOverride, MatchStepRecord } from '../store/match-workflow.types';
import type { RejectionReason } from './workflow-rules';

export type { HumanOverride, MatchStepRecord };

export interface StepNote {
  note?: string;
}

export interface RejectionInput {
  reason: RejectionReason;
  /** Free text; required with reason `other`. Never personal data of the job seeker. */
  note?: string;
  /** A coach records the job seeker's own refusal. */
  onBehalfOfSeeker?: boolean;
}

export interface AgreementInput {
  agreed: boolean;
  /** The day the job seeker said yes or no (YYYY-MM-DD, not in the future). */
  date: string;
  note?: string;
}

export const CONTRACT_TYPES = [
  'permanent',
  'fixed-term',
  'temporary-agency',
  'apprenticeship',
  'other',
] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

export interface HireInput {
  startDate: string;
  hoursPerWeek: number;
  contractType: ContractType;
}

/** Where a pair stands after a step, as the actor sees it. */
export interface StepResult {
  vacancyId: string;
  seekerId: string;
  status: MatchStatus;
  statusReason: string | null;
  rejectedBy: string | null;
  introductionRequested: boolean;
  introductionAgreedOn: string | null;
}
