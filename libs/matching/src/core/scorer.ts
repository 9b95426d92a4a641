import { evaluateCandidate, Evaluation, ScoringContext } from './candidate-evaluation';
import { haversineKm } from './geo-distance';
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
  return Math.round(((100 * sum) / total) * 1e4) / 1e4;
}

/** The ranking score of one pair; most candidates fail a cheap knock-out before any allocation. */
export function scoreCandidate(
  p: PreparedVacancy,
  seeker: SeekerForMatching,
  ctx: ScoringContext,
): number {
  if (quickKnockOut(p, seeker, ctx)) return 0;
  return scoreOf(evaluateCandidate(p, seeker, ctx, false), ctx);
}

/** Kilometres per degree of latitude (and of longitude at the equator). */
const KM_PER_DEGREE = (Math.PI / 180) * 6371.0088;

/**
 * True only when {@link evaluateCandidate} would find a knock-out too: the common ones, checked
 * with arithmetic alone. A unit test holds the two to the same answer.
 */
function quickKnockOut(p: PreparedVacancy, s: SeekerForMatching, ctx: ScoringContext): boolean {
  const v = p.vacancy;
  if (s.home !== null && v.location !== null && s.maxTravelKm !== null) {
    // A flat-earth estimate first (no trigonometry); only a near miss needs the exact distance.
    const dLat = s.home.lat - v.location.lat;
    const dLon = (s.home.lon - v.location.lon) * p.cosLat;
    const estimate = KM_PER_DEGREE * Math.sqrt(dLat * dLat + dLon * dLon);
    // Within 200 km the estimate errs by under 4%, so 5% and a kilometre of margin are safe.
    if (s.maxTravelKm <= 200 && estimate > s.maxTravelKm * 1.05 + 1) return true;
    if (haversineKm(s.home, v.location) > s.maxTravelKm) return true;
  }
  if (v.banenafspraakReserved && !s.banenafspraak) return true;
  if (v.country === 'DE' && !s.willingToWorkInGermany) return true;
  if (s.schoolLeaver !== null && s.schoolLeaver.exitProfile === 'dagbesteding') return true;
  if (v.hoursMin !== null && v.hoursMax !== null && s.hoursMin !== null && s.hoursMax !== null) {
    if (Math.min(v.hoursMax, s.hoursMax) - Math.max(v.hoursMin, s.hoursMin) < 0) return true;
  }
  if (v.minEqf !== null && s.eqf !== null) {
    const widened = v.learningWorking || (s.schoolLeaver !== null && v.openToSchoolLeavers);
    const tolerance = widened ? ctx.model.learningWorkingLevelTolerance : ctx.model.levelTolerance;
    if (s.eqf - v.minEqf < -tolerance) return true;
  }
  return false;
}
