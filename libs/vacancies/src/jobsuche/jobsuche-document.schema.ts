import type { FieldError } from '../vacancy.types';

/** Ids become unique keys (`external_ref`, `organisation_id`): far below a btree row's limit. */
export const MAX_JOBSUCHE_ID_LENGTH = 100;
const MAX_JOBSUCHE_TEXT_LENGTH = 100_000;
const MAX_JOBSUCHE_SHORT_TEXT = 1_000;

type Schema =
  | { kind: 'string'; maxLength: number }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'string-or-number'; maxLength: number }
  | { kind: 'array'; items: Schema }
  | { kind: 'object'; fields: Readonly<Record<string, Schema>> }
  | { kind: 'map'; values: Schema };

const id: Schema = { kind: 'string', maxLength: MAX_JOBSUCHE_ID_LENGTH };
const short: Schema = { kind: 'string', maxLength: MAX_JOBSUCHE_SHORT_TEXT };
const long: Schema = { kind: 'string', maxLength: MAX_JOBSUCHE_TEXT_LENGTH };
const flag: Schema = { kind: 'boolean' };

const WORKPLACE: Schema = {
  kind: 'object',
  fields: {
    land: short,
    region: short,
    plz: { kind: 'string-or-number', maxLength: 20 },
    ort: short,
    strasse: short,
    koordinaten: { kind: 'object', fields: { lat: { kind: 'number' }, lon: { kind: 'number' } } },
  },
};

/**
 * The fields of a job-details document the mapper reads, with their types (the Jobsuche v4
 * OpenAPI description); fields it does not read are left alone, `null` counts as absent.
 */
const JOB_DETAILS: Schema = {
  kind: 'object',
  fields: {
    aktuelleVeroeffentlichungsdatum: short,
    angebotsart: short,
    arbeitgeber: short,
    arbeitgeberHashId: id,
    arbeitsorte: { kind: 'array', items: WORKPLACE },
    arbeitszeitmodelle: { kind: 'array', items: short },
    befristung: short,
    eintrittsdatum: short,
    titel: short,
    stellenangebotsTitel: short,
    beruf: short,
    stellenbeschreibung: long,
    stellenangebotsBeschreibung: long,
    refnr: id,
    referenznummer: id,
    anzahlOffeneStellen: { kind: 'number' },
    anzeigeAnonym: flag,
    arbeitgeberAdresse: {
      kind: 'object',
      fields: {
        land: short,
        region: short,
        plz: short,
        ort: short,
        strasse: short,
        strasseHausnummer: short,
      },
    },
    fertigkeiten: {
      kind: 'array',
      items: {
        kind: 'object',
        fields: {
          hierarchieName: short,
          auspraegungen: { kind: 'map', values: { kind: 'array', items: short } },
        },
      },
    },
  },
};

/** What is wrong with a document's shape, each problem naming its field; empty when it fits. */
export function checkJobDetailsSchema(document: unknown): FieldError[] {
  if (!isObject(document)) {
    return [{ field: 'document', message: 'must be a Jobsuche job-details object' }];
  }
  const errors: FieldError[] = [];
  check(JOB_DETAILS, document, '', errors);
  return errors;
}

function check(schema: Schema, value: unknown, path: string, errors: FieldError[]): void {
  if (value === null || value === undefined) return;
  const fail = (message: string) => errors.push({ field: path || 'document', message });
  switch (schema.kind) {
    case 'string':
      if (typeof value !== 'string') return void fail('must be a string');
      if (value.length > schema.maxLength) fail(`must be at most ${schema.maxLength} characters`);
      return;
    case 'string-or-number':
      if (typeof value === 'number') return;
      if (typeof value !== 'string') return void fail('must be a string or a number');
      if (value.length > schema.maxLength) fail(`must be at most ${schema.maxLength} characters`);
      return;
    case 'number':
      if (typeof value !== 'number') fail('must be a number');
      return;
    case 'boolean':
      if (typeof value !== 'boolean') fail('must be true or false');
      return;
    case 'array':
      if (!Array.isArray(value)) return void fail('must be an array');
      value.forEach((item, index) => {
        if (item === null) errors.push({ field: `${path}.${index}`, message: 'must not be null' });
        else check(schema.items, item, `${path}.${index}`, errors);
      });
      return;
    case 'object':
      if (!isObject(value)) return void fail('must be an object');
      for (const [name, field] of Object.entries(schema.fields)) {
        check(field, value[name], path ? `${path}.${name}` : name, errors);
      }
      return;
    case 'map':
      if (!isObject(value)) return void fail('must be an object');
      for (const [name, item] of Object.entries(value))
        check(schema.values, item, `${path}.${name}`, errors);
      return;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
