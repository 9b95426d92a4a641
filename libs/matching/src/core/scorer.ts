import { evaluateCandidate, Evaluation, ScoringContext } from './candidate-evaluation';
import { ComponentName, SeekerForMatching } from './matching.types';
import { PreparedVacancy } from './prepared-vacancy';

export const COMPONENTS: readonly ComponentName[] = [
  'occupation',
  'skills',
  'level',
  'distance',
  'hours',
  'availability',
  'experience',
  'support',
];

/** 0-100 from an evaluation; 0 when knocked out. Rounded to 4 decimals so ties are stable. */
export function scoreOf(evaluation: Evaluation, ctx: ScoringContext): number {
  if (evaluation.knockOuts.length > 0) return 0;
  let sum = 0;
  let total = 0;
  for (const name of COMPONENTS) {
    const weight = ctx.model.weights[name];
    sum += weight * evaluation[name].value;
    total += weight;
  }
  return Math.round((100 * sum) / total * 1e4) / 1e4;
}

export function scoreCandidate(p: PreparedVacancy, seeker: SeekerForMatching, ctx: ScoringContext): number {
  return scoreOf(evaluateCandidate(p, seeker, ctx, false), ctx);
}
