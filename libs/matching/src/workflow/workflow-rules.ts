import type { Role } from '@wt/auth';
import type { MatchStatus } from '../store/match.types';

/** What people do with a match. The engine only ever writes `suggested`. */
export type WorkflowAction =
  'shortlist' | 'propose' | 'request-introduction' | 'agree-introduction' | 'hire' | 'reject';

export const REJECTION_REASONS = [
  'not-interested',
  'qualification',
  'distance',
  'hours',
  'language',
  'filled',
  'other',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const REJECTED_BY = ['job-seeker', 'coach', 'adviser', 'employer'] as const;
export type RejectedBy = (typeof REJECTED_BY)[number];

/** Steps from which a match can still move on (and be rejected). */
export const OPEN_STEPS: readonly MatchStatus[] = [
  'suggested',
  'shortlisted',
  'proposed',
  'introduced',
];

/** What an employer sees of its vacancy's list: proposed candidates and beyond. */
export const EMPLOYER_VISIBLE_STEPS: readonly MatchStatus[] = ['proposed', 'introduced', 'hired'];

interface StepRule {
  roles: readonly Role[];
  from: readonly MatchStatus[];
  to: MatchStatus;
}

const RULES: Record<WorkflowAction, StepRule> = {
  shortlist: { roles: ['coach', 'adviser'], from: ['suggested'], to: 'shortlisted' },
  propose: { roles: ['adviser'], from: ['shortlisted'], to: 'proposed' },
  'request-introduction': { roles: ['employer'], from: ['proposed'], to: 'proposed' },
  'agree-introduction': { roles: ['coach'], from: ['proposed'], to: 'introduced' },
  hire: { roles: ['employer', 'adviser'], from: ['introduced'], to: 'hired' },
  reject: { roles: ['coach', 'adviser', 'employer'], from: OPEN_STEPS, to: 'rejected' },
};

/** An employer declines only what it was shown. */
const EMPLOYER_REJECTS_FROM: readonly MatchStatus[] = ['proposed', 'introduced'];

export function rolesFor(action: WorkflowAction): readonly Role[] {
  return RULES[action].roles;
}

export type StepDecision = { to: MatchStatus } | { conflict: string };

/**
 * Where `action` takes a match at step `current`, or why it cannot (a 409 message naming the
 * step). The role is checked before (403); `current` is null for a pair the engine never stored.
 */
export function nextStep(
  action: WorkflowAction,
  role: Role,
  current: MatchStatus | null,
): StepDecision {
  const rule = RULES[action];
  const from = action === 'reject' && role === 'employer' ? EMPLOYER_REJECTS_FROM : rule.from;
  const at = current ?? 'not on the list';
  if (current !== null && from.includes(current)) return { to: rule.to };
  return {
    conflict: `${action}: the match is at step "${at}"; ${action} needs step ${from.map((s) => `"${s}"`).join(' or ')}`,
  };
}

/** Who a rejection is recorded for: a coach may record the job seeker's own refusal. */
export function rejectedByFor(role: Role, onBehalfOfSeeker: boolean): RejectedBy {
  if (role === 'coach') return onBehalfOfSeeker ? 'job-seeker' : 'coach';
  if (role === 'employer') return 'employer';
  return 'adviser';
}

/** Banenafspraak quota: 25.5 hours a week is one "baan" (pro rata). */
export const HOURS_PER_BAAN = 25.5;

export function banenFor(hoursPerWeek: number): number {
  return Math.round((hoursPerWeek / HOURS_PER_BAAN) * 1000) / 1000;
}
