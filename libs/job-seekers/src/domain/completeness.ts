/**
 * How complete a profile is for matching. The Kandidatenverkenner failed on empty education levels
 * and unknown availability, so those weigh most; an availability nobody confirmed for a while is
 * reported as stale and earns nothing.
 */
export interface CompletenessFacts {
  wantedOccupationCount: number;
  skillCount: number;
  languageCount: number;
  qualificationCode: string | null;
  availableNow: boolean | null;
  /** ISO date. */
  availableFrom: string | null;
  availabilityConfirmedAt: Date | null;
  hasHomeLocation: boolean;
  maxTravelKm: number | null;
  hoursMin: number | null;
  hoursMax: number | null;
  travelsIndependently: boolean | null;
  willingToWorkInGermany: boolean | null;
  schoolType: string | null;
  exitProfile: string | null;
  expectedLeavingDate: string | null;
}

export interface CompletenessPolicy {
  /** Availability not confirmed within this many days counts as stale. */
  availabilityStaleDays: number;
}

export type CompletenessBand = 'complete' | 'high' | 'medium' | 'low';
export const COMPLETENESS_BANDS: readonly CompletenessBand[] = [
  'complete',
  'high',
  'medium',
  'low',
];

export type AvailabilityStatus = 'now' | 'later' | 'unknown';
export const AVAILABILITY_STATUSES: readonly AvailabilityStatus[] = ['now', 'later', 'unknown'];

export interface Completeness {
  /** 0-100: the weighted share of the fields that matter which are filled in and fresh. */
  score: number;
  band: CompletenessBand;
  /** API field names, most important first. */
  missing: string[];
  stale: string[];
}

interface Criterion {
  field: string;
  weight: number;
  applies?: (f: CompletenessFacts) => boolean;
  present: (f: CompletenessFacts) => boolean;
  stale?: (f: CompletenessFacts, now: Date, policy: CompletenessPolicy) => boolean;
}

const DAY_MS = 24 * 3600 * 1000;
const isSchoolLeaver = (f: CompletenessFacts) => f.schoolType !== null;

const CRITERIA: readonly Criterion[] = [
  { field: 'highestQualification', weight: 3, present: (f) => f.qualificationCode !== null },
  {
    field: 'availability',
    weight: 3,
    present: (f) => f.availableNow === true || f.availableFrom !== null,
    stale: (f, now, policy) =>
      !f.availabilityConfirmedAt ||
      now.getTime() - f.availabilityConfirmedAt.getTime() > policy.availabilityStaleDays * DAY_MS,
  },
  { field: 'wantedOccupations', weight: 3, present: (f) => f.wantedOccupationCount > 0 },
  { field: 'skills', weight: 2, present: (f) => f.skillCount > 0 },
  { field: 'homeLocation', weight: 2, present: (f) => f.hasHomeLocation },
  { field: 'hoursPerWeek', weight: 2, present: (f) => f.hoursMin !== null && f.hoursMax !== null },
  { field: 'maxTravelKm', weight: 1, present: (f) => f.maxTravelKm !== null },
  { field: 'languages', weight: 1, present: (f) => f.languageCount > 0 },
  { field: 'travelsIndependently', weight: 1, present: (f) => f.travelsIndependently !== null },
  { field: 'willingToWorkInGermany', weight: 1, present: (f) => f.willingToWorkInGermany !== null },
  {
    field: 'schoolLeaver.exitProfile',
    weight: 1,
    applies: (f) => f.schoolType === 'VSO',
    present: (f) => f.exitProfile !== null,
  },
  {
    field: 'schoolLeaver.expectedLeavingDate',
    weight: 1,
    applies: isSchoolLeaver,
    present: (f) => f.expectedLeavingDate !== null,
  },
];

export function assessCompleteness(
  facts: CompletenessFacts,
  now: Date,
  policy: CompletenessPolicy,
): Completeness {
  let total = 0;
  let earned = 0;
  const missing: string[] = [];
  const stale: string[] = [];
  for (const criterion of CRITERIA) {
    if (criterion.applies && !criterion.applies(facts)) continue;
    total += criterion.weight;
    if (!criterion.present(facts)) missing.push(criterion.field);
    else if (criterion.stale?.(facts, now, policy)) stale.push(criterion.field);
    else earned += criterion.weight;
  }
  const score = Math.round((100 * earned) / total);
  return { score, band: bandOf(score), missing, stale };
}

export function bandOf(score: number): CompletenessBand {
  if (score >= 100) return 'complete';
  if (score >= 75) return 'high';
  if (score >= 40) return 'medium';
  return 'low';
}

/** `now` when available now or from a date that has passed; `later` for a future date. */
export function availabilityStatus(
  facts: Pick<CompletenessFacts, 'availableNow' | 'availableFrom'>,
  today: string,
): AvailabilityStatus {
  if (facts.availableNow === true) return 'now';
  if (facts.availableFrom === null) return 'unknown';
  return facts.availableFrom <= today ? 'now' : 'later';
}
