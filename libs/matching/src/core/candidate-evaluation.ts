import { cefrRank, CefrLevel } from '@wt/taxonomy/levels';
import { haversineKm } from './geo-distance';
import { KnockOutCode, NearOccupation, SeekerForMatching } from './matching.types';
import {
  dayNumber,
  ESSENTIAL_SKILL_WEIGHT,
  normaliseCode,
  OPTIONAL_SKILL_WEIGHT,
  PreparedVacancy,
} from './prepared-vacancy';
import { ScoringModel } from './scoring-model';

export interface ScoringContext {
  model: ScoringModel;
  /** Today as a day number (days since 1970-01-01): scores do not depend on the clock. */
  today: number;
}

/** The raw facts of one pair; the score and the explanation are both derived from it. */
export interface Evaluation {
  knockOuts: KnockOutCode[];
  occupation: {
    value: number;
    via: OccupationVia;
    fromExperience: boolean;
    /** With `via: 'near'`: the near occupation and the essential skills it shares. */
    near?: NearOccupation;
  };
  skills: {
    value: number;
    matchedEssential: string[];
    missingEssential: string[];
    matchedOptional: string[];
    missingOptional: string[];
  };
  level: { value: number; difference: number | null; tolerance: number };
  distance: { value: number; km: number | null; maxKm: number | null };
  hours: { value: number };
  availability: { value: number; daysLate: number | null };
  experience: { value: number; years: number };
  support: { value: number };
  languages: Array<{ language: string; required: CefrLevel; have: CefrLevel | null; ok: boolean }>;
  missingCertificates: string[];
  missingLicences: string[];
}

export type OccupationVia = 'exact' | 'isco4' | 'isco3' | 'isco2' | 'near' | 'none';

export const OCCUPATION_SIMILARITY = {
  exact: 1,
  isco4: 0.7,
  isco3: 0.4,
  isco2: 0.15,
  none: 0,
} as const;
export const EXPERIENCE_ONLY_FACTOR = 0.9;

/**
 * Evaluates one pair. With `detail` off (ranking many candidates) it stops at the first knock-out
 * and skips the skill lists; with `'knock-outs'` (counting what stops candidates) it finds every
 * knock-out but computes the soft components only for a pair without one, and skips the skill
 * lists. The numbers it does compute are the same in every mode.
 */
export function evaluateCandidate(
  p: PreparedVacancy,
  s: SeekerForMatching,
  ctx: ScoringContext,
  detail: boolean | 'knock-outs' = true,
): Evaluation {
  const v = p.vacancy;
  const knockOuts: KnockOutCode[] = [];
  const out = (code: KnockOutCode) => {
    knockOuts.push(code);
    return detail === false;
  };
  const partial = () => ({ ...EMPTY_EVALUATION, knockOuts });

  // Cheapest and most selective checks first: most candidates fail on distance.
  const distance = distanceFit(p, s, ctx.model);
  if (
    distance.km !== null &&
    distance.maxKm !== null &&
    distance.km > distance.maxKm &&
    out('distance')
  )
    return partial();
  if (v.banenafspraakReserved && !s.banenafspraak && out('reserved-banenafspraak'))
    return partial();
  if (v.country === 'DE' && !s.willingToWorkInGermany && out('germany-unwilling')) return partial();
  if (s.schoolLeaver?.exitProfile === 'dagbesteding' && out('not-job-matching')) return partial();
  const hours = hoursFit(p, s);
  if (hours.value === 0 && out('hours')) return partial();
  const level = levelFit(p, s, ctx.model);
  if (level.difference !== null && level.difference < -level.tolerance && out('level'))
    return partial();

  const missingLicences = missing(v.drivingLicences, s.drivingLicences);
  if (missingLicences.length > 0 && out('driving-licence')) return partial();
  const missingCertificates = missing(v.certificates, s.certificates);
  if (missingCertificates.length > 0 && out('certificate')) return partial();

  const languages = p.languages.map((need, i) => {
    const have = s.languages.find((l) => l.language.toLowerCase() === need.language)?.level ?? null;
    return {
      language: v.languages[i].language,
      required: v.languages[i].level,
      have,
      ok: have !== null && cefrRank(have) >= need.rank,
    };
  });
  if (languages.some((l) => !l.ok) && out('language')) return partial();

  const availability = availabilityFit(p, s, ctx);
  if (
    availability.daysLate !== null &&
    availability.daysLate > ctx.model.startDateGraceDays &&
    out('start-date')
  )
    return partial();
  if (detail === 'knock-outs' && knockOuts.length > 0) return partial();

  return {
    knockOuts,
    occupation: occupationFit(p, s, ctx.model),
    skills: skillsFit(p, s, detail === true),
    level,
    distance,
    hours,
    availability,
    experience: experienceFit(p, s, ctx.model),
    support: { value: supportFit(p, s) },
    languages,
    missingCertificates,
    missingLicences,
  };
}

const EMPTY_EVALUATION: Evaluation = {
  knockOuts: [],
  occupation: { value: 0, via: 'none', fromExperience: false },
  skills: {
    value: 0,
    matchedEssential: [],
    missingEssential: [],
    matchedOptional: [],
    missingOptional: [],
  },
  level: { value: 0, difference: null, tolerance: 0 },
  distance: { value: 0, km: null, maxKm: null },
  hours: { value: 0 },
  availability: { value: 0, daysLate: null },
  experience: { value: 0, years: 0 },
  support: { value: 0 },
  languages: [],
  missingCertificates: [],
  missingLicences: [],
};

const NONE: string[] = [];

/** What a vacancy requires that a seeker lacks; codes compared as {@link normaliseCode} does. */
function missing(required: readonly string[], have: readonly string[]): string[] {
  if (required.length === 0) return NONE;
  const held = new Set(have.map(normaliseCode));
  return required.filter((code) => !held.has(normaliseCode(code)));
}

function occupationFit(
  p: PreparedVacancy,
  s: SeekerForMatching,
  model: ScoringModel,
): Evaluation['occupation'] {
  const wanted = bestOccupationMatch(p, s.occupations, model);
  const experienced = bestOccupationMatch(p, s.experience, model);
  if (experienced.value * EXPERIENCE_ONLY_FACTOR > wanted.value) {
    return {
      ...experienced,
      value: experienced.value * EXPERIENCE_ONLY_FACTOR,
      fromExperience: true,
    };
  }
  return { ...wanted, fromExperience: false };
}

/** The ISCO class of one occupation against the vacancy's: 'none' without a shared group. */
export function iscoClass(
  p: PreparedVacancy,
  o: { uri: string; isco: string | null },
): Exclude<OccupationVia, 'near'> {
  const v = p.vacancy;
  if (v.occupationUri !== null && o.uri === v.occupationUri) return 'exact';
  if (!o.isco || !v.isco) return 'none';
  if (o.isco === v.isco) return 'isco4';
  if (o.isco.startsWith(p.isco3!)) return 'isco3';
  return o.isco.startsWith(p.isco2!) ? 'isco2' : 'none';
}

/** The credit of a near occupation; ISCO credit wins a tie, so the explanation names the group. */
export function nearCredit(near: NearOccupation, model: ScoringModel): number {
  return near.similarity * model.nearOccupationCredit;
}

function bestOccupationMatch(
  p: PreparedVacancy,
  occupations: ReadonlyArray<{ uri: string; isco: string | null }>,
  model: ScoringModel,
): Omit<Evaluation['occupation'], 'fromExperience'> {
  let best: Omit<Evaluation['occupation'], 'fromExperience'> = { value: 0, via: 'none' };
  for (const o of occupations) {
    const via = iscoClass(p, o);
    if (OCCUPATION_SIMILARITY[via] > best.value) best = { value: OCCUPATION_SIMILARITY[via], via };
    const near = p.near.get(o.uri);
    if (near !== undefined && nearCredit(near, model) > best.value)
      best = { value: nearCredit(near, model), via: 'near', near };
  }
  return best;
}

function skillsFit(
  p: PreparedVacancy,
  s: SeekerForMatching,
  detail: boolean,
): Evaluation['skills'] {
  if (!detail) {
    let weight = 0;
    for (const skill of s.skills) {
      if (p.essential.has(skill)) weight += ESSENTIAL_SKILL_WEIGHT;
      else if (p.optional.has(skill)) weight += OPTIONAL_SKILL_WEIGHT;
    }
    return {
      ...EMPTY_EVALUATION.skills,
      value: p.skillWeightTotal === 0 ? 0.5 : weight / p.skillWeightTotal,
    };
  }
  const matchedEssential: string[] = [];
  const matchedOptional: string[] = [];
  for (const skill of s.skills) {
    if (p.essential.has(skill)) matchedEssential.push(skill);
    else if (p.optional.has(skill)) matchedOptional.push(skill);
  }
  const have = new Set(s.skills);
  const value =
    p.skillWeightTotal === 0
      ? 0.5
      : (matchedEssential.length * ESSENTIAL_SKILL_WEIGHT +
          matchedOptional.length * OPTIONAL_SKILL_WEIGHT) /
        p.skillWeightTotal;
  return {
    value,
    matchedEssential,
    matchedOptional,
    missingEssential: [...p.essential].filter((x) => !have.has(x)),
    missingOptional: [...p.optional].filter((x) => !have.has(x)),
  };
}

function levelFit(
  p: PreparedVacancy,
  s: SeekerForMatching,
  model: ScoringModel,
): Evaluation['level'] {
  const v = p.vacancy;
  const widened = v.learningWorking || (s.schoolLeaver !== null && v.openToSchoolLeavers);
  const tolerance = widened ? model.learningWorkingLevelTolerance : model.levelTolerance;
  if (v.minEqf === null) return { value: 1, difference: null, tolerance };
  if (s.eqf === null) return { value: 0.3, difference: null, tolerance };
  const difference = s.eqf - v.minEqf;
  let value: number;
  if (difference === 0) value = 1;
  else if (difference === 1) value = 0.9;
  else if (difference === 2) value = 0.7;
  else if (difference >= 3) value = 0.5;
  else value = Math.max(0.1, 0.5 - 0.15 * (-difference - 1));
  return { value, difference, tolerance };
}

function distanceFit(
  p: PreparedVacancy,
  s: SeekerForMatching,
  model: ScoringModel,
): Evaluation['distance'] {
  const v = p.vacancy;
  if (!s.home || !v.location) return { value: 0.5, km: null, maxKm: s.maxTravelKm };
  const km = haversineKm(s.home, v.location);
  const scale = s.maxTravelKm ?? model.defaultMaxTravelKm;
  const value = scale <= 0 ? (km === 0 ? 1 : 0) : Math.max(0, 1 - 0.8 * (km / scale));
  return { value, km, maxKm: s.maxTravelKm };
}

function hoursFit(p: PreparedVacancy, s: SeekerForMatching): Evaluation['hours'] {
  const v = p.vacancy;
  if (v.hoursMin === null || v.hoursMax === null || s.hoursMin === null || s.hoursMax === null)
    return { value: 0.5 };
  const overlap = Math.min(v.hoursMax, s.hoursMax) - Math.max(v.hoursMin, s.hoursMin);
  if (overlap < 0) return { value: 0 };
  return { value: Math.min(1, (overlap + 1) / (v.hoursMax - v.hoursMin + 1)) };
}

function availabilityFit(
  p: PreparedVacancy,
  s: SeekerForMatching,
  ctx: ScoringContext,
): Evaluation['availability'] {
  if (s.availableNow) return { value: 1, daysLate: null };
  if (s.availableFrom === null) return { value: 0.2, daysLate: null };
  const from = dayNumber(s.availableFrom);
  const needed = p.startDay ?? ctx.today;
  const daysLate = from - Math.max(needed, ctx.today);
  if (daysLate <= 0) return { value: 0.9, daysLate: p.startDay === null ? null : daysLate };
  return {
    value: Math.max(0.1, 0.9 - 0.8 * Math.min(1, daysLate / ctx.model.startDateGraceDays)),
    daysLate: p.startDay === null ? null : daysLate,
  };
}

function experienceFit(
  p: PreparedVacancy,
  s: SeekerForMatching,
  model: ScoringModel,
): Evaluation['experience'] {
  let value = 0;
  let years = 0;
  for (const e of s.experience) {
    const share = Math.min(1, e.years / model.fullExperienceYears);
    let candidate = 0;
    if (p.vacancy.occupationUri !== null && e.uri === p.vacancy.occupationUri) candidate = share;
    else if (e.isco !== null && e.isco === p.vacancy.isco) candidate = 0.6 * share;
    if (candidate > value) {
      value = candidate;
      years = e.years;
    }
  }
  return { value, years };
}

/** School leavers need a workplace that takes them on and supervises them; for others it is neutral. */
function supportFit(p: PreparedVacancy, s: SeekerForMatching): number {
  if (s.schoolLeaver === null) return 1;
  const v = p.vacancy;
  return 0.2 + (v.openToSchoolLeavers ? 0.4 : 0) + (v.supervision || v.learningWorking ? 0.4 : 0);
}

export { dayNumber };
