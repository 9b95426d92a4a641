import type { CefrLevel } from '@wt/taxonomy';
import {
  isCalendarDate,
  MAX_DESCRIPTION_LENGTH,
  MAX_TITLE_LENGTH,
} from '../rules/vacancy-rules.util';
import type { ContractType, Country, FieldError, VacancyInput } from '../vacancy.types';
import { checkJobDetailsSchema } from './jobsuche-document.schema';
import type { JobsucheJobDetails, JobsucheWorkplace } from './jobsuche.types';

/** Our prefix for ids taken from the Bundesagentur, so they never collide with other sources. */
export const JOBSUCHE_REF_PREFIX = 'ba-jobsuche:';

/**
 * The API states working-time models, not hours. These ranges are the usual German weeks
 * (a full-time week of 35-40 hours; a minijob is capped by pay, a few hours a week); an adviser
 * corrects a vacancy where they do not fit.
 */
export const WORKING_TIME_HOURS: Readonly<Record<string, readonly [number, number]>> = {
  VOLLZEIT: [35, 40],
  TEILZEIT: [15, 30],
  MINIJOB: [4, 12],
};

const COUNTRY_NAMES: Readonly<Record<string, Country>> = {
  deutschland: 'DE',
  germany: 'DE',
  niederlande: 'NL',
  netherlands: 'NL',
  nederland: 'NL',
};

export interface JobsucheMappingOptions {
  /**
   * The German level assumed when the listing states none: the API carries no language
   * requirement, and a German workplace needs some German (unsure: advisers correct it).
   */
  assumedGermanLevel: CefrLevel | null;
}

export const DEFAULT_JOBSUCHE_MAPPING: JobsucheMappingOptions = { assumedGermanLevel: 'B1' };

export interface JobsucheEmployerSeed {
  externalRef: string;
  name: string;
  country: Country;
  street: string | null;
  postcode: string | null;
  place: string;
}

export interface MappedJobsucheVacancy {
  externalRef: string;
  employer: JobsucheEmployerSeed;
  vacancy: VacancyInput;
  /** The Bundesagentur's occupation name, a second text to link the occupation from. */
  occupationHints: string[];
}

/** A Jobsuche job-details document as a vacancy of the registry, or what stops it. */
export function mapJobDetails(
  details: JobsucheJobDetails,
  options: JobsucheMappingOptions = DEFAULT_JOBSUCHE_MAPPING,
): { ok: MappedJobsucheVacancy } | { errors: FieldError[] } {
  const invalid = checkJobDetailsSchema(details);
  if (invalid.length > 0) return { errors: invalid };
  const errors: FieldError[] = [];
  const refnr = text(details.referenznummer) ?? text(details.refnr);
  const title = text(details.stellenangebotsTitel) ?? text(details.titel) ?? text(details.beruf);
  const workplace = details.arbeitsorte?.find((place) => text(place.ort) || place.koordinaten);
  if (!refnr) errors.push({ field: 'refnr', message: 'is missing' });
  if (!title) errors.push({ field: 'titel', message: 'is missing' });
  if (!workplace) errors.push({ field: 'arbeitsorte', message: 'names no place of work' });
  const country = countryOf(workplace?.land);
  if (workplace && !country) {
    errors.push({
      field: 'arbeitsorte.0.land',
      message: `${workplace.land} is outside the region (Germany or the Netherlands only)`,
    });
  }
  if (errors.length > 0 || !refnr || !title || !workplace || !country) return { errors };

  const description =
    text(details.stellenangebotsBeschreibung) ?? text(details.stellenbeschreibung) ?? title;
  const apprenticeship = details.angebotsart === 'AUSBILDUNG';
  const vacancy: VacancyInput = {
    title: clip(title, MAX_TITLE_LENGTH),
    description: clip(withSkills(description, details), MAX_DESCRIPTION_LENGTH),
    language: 'de',
    country,
    workPlace: text(workplace.ort) ?? undefined,
    workPostcode: postcodeOf(workplace) ?? undefined,
    ...coordinatesOf(workplace),
    ...hoursOf(details.arbeitszeitmodelle),
    contractType: contractTypeOf(details, apprenticeship),
    startDate: dateOf(details.eintrittsdatum),
    positions: positiveInteger(details.anzahlOffeneStellen) ?? 1,
    languages:
      country === 'DE' && options.assumedGermanLevel
        ? [{ language: 'de', level: options.assumedGermanLevel }]
        : [],
    learningWorking: apprenticeship && country === 'DE' ? 'ausbildung' : null,
    // An Ausbildung is the usual first step after school.
    openToSchoolLeavers: apprenticeship,
  };
  return {
    ok: {
      externalRef: `${JOBSUCHE_REF_PREFIX}${refnr}`,
      employer: employerOf(details, workplace, country, refnr),
      vacancy,
      occupationHints: [text(details.beruf)].filter((hint): hint is string => Boolean(hint)),
    },
  };
}

function employerOf(
  details: JobsucheJobDetails,
  workplace: JobsucheWorkplace,
  country: Country,
  refnr: string,
): JobsucheEmployerSeed {
  const address = details.arbeitgeberAdresse;
  const name = (!details.anzeigeAnonym && text(details.arbeitgeber)) || null;
  const id = text(details.arbeitgeberHashId);
  return {
    // An anonymous listing hides the employer: it gets a record of its own per listing.
    externalRef: `${JOBSUCHE_REF_PREFIX}${name && id ? `employer:${id}` : `anonymous:${refnr}`}`,
    name: name ?? 'Arbeitgeber (anonym, Bundesagentur für Arbeit)',
    country: countryOf(address?.land) ?? country,
    street: text(address?.strasseHausnummer) ?? text(address?.strasse),
    postcode: text(address?.plz) ?? postcodeOf(workplace),
    place: text(address?.ort) ?? text(workplace.ort) ?? 'unbekannt',
  };
}

/** The union of the ranges of the stated models; none stated (or shifts only): unknown. */
export function hoursOf(models: readonly string[] | undefined): {
  hoursMin?: number;
  hoursMax?: number;
} {
  const ranges = (models ?? [])
    .map((model) => WORKING_TIME_HOURS[model])
    .filter((range): range is readonly [number, number] => Boolean(range));
  if (ranges.length === 0) return {};
  return {
    hoursMin: Math.min(...ranges.map(([min]) => min)),
    hoursMax: Math.max(...ranges.map(([, max]) => max)),
  };
}

function contractTypeOf(
  details: JobsucheJobDetails,
  apprenticeship: boolean,
): ContractType | undefined {
  if (apprenticeship) return 'apprenticeship';
  if (details.angebotsart === 'PRAKTIKUM_TRAINEE') return 'internship';
  if (details.befristung === 'UNBEFRISTET') return 'permanent';
  if (details.befristung === 'BEFRISTET') return 'fixed-term';
  return undefined;
}

/** Named skills from the listing, appended so the skill extractor can suggest them. */
function withSkills(description: string, details: JobsucheJobDetails): string {
  const names = (details.fertigkeiten ?? []).flatMap((group) =>
    Object.values(group?.auspraegungen ?? {}).flatMap((list) => (Array.isArray(list) ? list : [])),
  );
  const unique = [...new Set(names.map((n) => String(n).trim()).filter(Boolean))];
  return unique.length > 0 ? `${description}\n\nKenntnisse: ${unique.join(', ')}` : description;
}

function coordinatesOf(place: JobsucheWorkplace): { latitude?: number; longitude?: number } {
  const { lat, lon } = place.koordinaten ?? {};
  const valid =
    typeof lat === 'number' &&
    typeof lon === 'number' &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180;
  return valid ? { latitude: lat, longitude: lon } : {};
}

function postcodeOf(place: JobsucheWorkplace): string | null {
  if (typeof place.plz === 'number') return String(place.plz).padStart(5, '0');
  return text(place.plz);
}

function countryOf(land: string | null | undefined): Country | undefined {
  if (!land) return 'DE';
  return COUNTRY_NAMES[land.trim().toLowerCase()];
}

function dateOf(value: string | null | undefined): string | undefined {
  const date = typeof value === 'string' ? value.slice(0, 10) : undefined;
  return date && isCalendarDate(date) ? date : undefined;
}

function positiveInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function clip(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}
