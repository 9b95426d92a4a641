import type { VacancyStatus } from '../vacancy.types';
import type { VacancyFields } from './vacancy-fields.util';

/**
 * The fields the matching worker reads. Title, description and the supervision text are for
 * people; a change to them alone does not make a new version.
 */
const MATCHING_FIELDS = [
  'occupationUri',
  'requiredSkills',
  'optionalSkills',
  'minimumQualificationCode',
  'minimumEqf',
  'hoursMin',
  'hoursMax',
  'contractType',
  'startDate',
  'closingDate',
  'positions',
  'country',
  'latitude',
  'longitude',
  'drivingLicences',
  'certificates',
  'languages',
  'banenafspraakSuitable',
  'banenafspraakReserved',
  'jobcarving',
  'supervisionOffered',
  'openToSchoolLeavers',
  'learningWorking',
  'recognitionRequired',
] as const satisfies ReadonlyArray<keyof VacancyFields>;

export type MatchingFields = Pick<VacancyFields, (typeof MATCHING_FIELDS)[number]>;

/** The names of the matching fields that differ between two states of a vacancy. */
export function changedMatchingFields(before: MatchingFields, after: MatchingFields): string[] {
  return MATCHING_FIELDS.filter(
    (name) => JSON.stringify(canonical(before[name])) !== JSON.stringify(canonical(after[name])),
  );
}

/** Lists compare as sets: reordering skills is not a change. */
function canonical(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((item) => JSON.stringify(item)).sort();
}

/**
 * Whether a vacancy in this state needs the worker: it is published, or it was and has just left
 * that state (the worker then withdraws its suggestions). A draft is never matched.
 */
export function needsMatching(state: { status: VacancyStatus; publishedAt: Date | null }): boolean {
  return state.status === 'published' || state.publishedAt !== null;
}
