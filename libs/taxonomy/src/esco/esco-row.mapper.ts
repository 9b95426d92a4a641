import { EscoCsvRow } from './esco-csv-rows.reader';
import { ESCO_URI_PATTERNS } from './esco-file.constants';
import { EscoIssueCollector } from './esco-issue.collector';
import {
  ESCO_RELATION_TYPES,
  ESCO_REUSE_LEVELS,
  ESCO_SKILL_TYPES,
  EscoBroaderRelation,
  EscoLabels,
  EscoOccupationSkillRelation,
  EscoPillar,
  EscoReuseLevel,
  EscoSkillType,
} from './esco.types';

/** Where a row came from, so a rejected field can be reported with file, line and column. */
export interface EscoRowContext {
  issues: EscoIssueCollector;
  file: string;
}

export interface EscoConceptRow {
  uri: string;
  labels: EscoLabels;
}
export interface EscoOccupationRow extends EscoConceptRow {
  iscoGroup: string | null;
}
export interface EscoSkillRow extends EscoConceptRow {
  skillType: EscoSkillType | null;
  reuseLevel: EscoReuseLevel | null;
}
export interface EscoIscoGroupRow extends EscoConceptRow {
  code: string;
}

/** The official files put one label per line inside a quoted field; some exports use CRLF there. */
export function splitEscoLabels(field: string): string[] {
  const labels: string[] = [];
  for (const part of field.split(/\r?\n/)) {
    const label = part.trim();
    if (label && !labels.includes(label)) labels.push(label);
  }
  return labels;
}

export function mapOccupationRow(
  row: EscoCsvRow,
  lang: string,
  ctx: EscoRowContext,
): EscoOccupationRow | null {
  const labels = readLabels(row, lang, ctx);
  const uri = readUri(row, 'conceptUri', ESCO_URI_PATTERNS.occupation, ctx);
  const isco = row.get('iscoGroup').trim();
  // An empty ISCO group is tolerated per file (the reassembled German file lacks a few); the package
  // reader warns if no file supplies one. A malformed one is wrong data.
  const iscoOk = isco === '' || /^\d{4}$/.test(isco);
  if (!iscoOk)
    reject(row, ctx, 'iscoGroup', `iscoGroup "${isco}" is not a 4-digit ISCO-08 unit group`);
  if (!uri || !labels || !iscoOk) return null;
  return { uri, labels, iscoGroup: isco || null };
}

export function mapSkillRow(
  row: EscoCsvRow,
  lang: string,
  ctx: EscoRowContext,
): EscoSkillRow | null {
  const labels = readLabels(row, lang, ctx);
  const uri = readUri(row, 'conceptUri', ESCO_URI_PATTERNS.skill, ctx);
  const skillType = readEnum(row, 'skillType', ESCO_SKILL_TYPES, ctx);
  const reuseLevel = readEnum(row, 'reuseLevel', ESCO_REUSE_LEVELS, ctx);
  if (!uri || !labels || skillType === undefined || reuseLevel === undefined) return null;
  return { uri, labels, skillType, reuseLevel };
}

export function mapIscoGroupRow(
  row: EscoCsvRow,
  lang: string,
  ctx: EscoRowContext,
): EscoIscoGroupRow | null {
  const labels = readLabels(row, lang, ctx);
  const uri = readUri(row, 'conceptUri', ESCO_URI_PATTERNS.isco, ctx);
  const code = row.get('code').trim();
  const codeOk = /^\d{1,4}$/.test(code);
  if (!codeOk)
    reject(
      row,
      ctx,
      'code',
      code ? `code "${code}" is not an ISCO-08 code of 1 to 4 digits` : 'missing code',
    );
  if (!uri || !labels || !codeOk) return null;
  return { uri, labels, code };
}

export function mapOccupationSkillRelationRow(
  row: EscoCsvRow,
  ctx: EscoRowContext,
): EscoOccupationSkillRelation | null {
  const occupationUri = readUri(row, 'occupationUri', ESCO_URI_PATTERNS.occupation, ctx);
  const skillUri = readUri(row, 'skillUri', ESCO_URI_PATTERNS.skill, ctx);
  const relationType = readEnum(row, 'relationType', ESCO_RELATION_TYPES, ctx, true);
  const skillType = readEnum(row, 'skillType', ESCO_SKILL_TYPES, ctx);
  if (!occupationUri || !skillUri || !relationType || skillType === undefined) return null;
  return { occupationUri, skillUri, relationType, skillType };
}

export function mapBroaderRelationRow(
  row: EscoCsvRow,
  pillar: EscoPillar,
  ctx: EscoRowContext,
): EscoBroaderRelation | null {
  const conceptUri = readUri(row, 'conceptUri', ESCO_URI_PATTERNS.any, ctx);
  const broaderUri = readUri(row, 'broaderUri', ESCO_URI_PATTERNS.any, ctx);
  if (!conceptUri || !broaderUri) return null;
  if (conceptUri === broaderUri) {
    reject(row, ctx, 'broaderUri', 'a concept cannot be its own broader concept');
    return null;
  }
  return {
    pillar,
    conceptType: row.get('conceptType').trim(),
    conceptUri,
    broaderType: row.get('broaderType').trim(),
    broaderUri,
  };
}

function readLabels(row: EscoCsvRow, lang: string, ctx: EscoRowContext): EscoLabels | null {
  const preferred = row.get('preferredLabel').trim();
  if (!preferred) {
    reject(row, ctx, 'preferredLabel', 'missing preferredLabel');
    return null;
  }
  return {
    lang,
    preferred,
    alt: splitEscoLabels(row.get('altLabels')),
    hidden: splitEscoLabels(row.get('hiddenLabels')),
  };
}

function readUri(
  row: EscoCsvRow,
  column: string,
  pattern: RegExp,
  ctx: EscoRowContext,
): string | null {
  const uri = row.get(column).trim();
  if (!uri) {
    reject(row, ctx, column, `missing ${column}`);
    return null;
  }
  if (!pattern.test(uri)) {
    reject(row, ctx, column, `${column} "${uri}" is not a URI of the expected kind`);
    return null;
  }
  return uri;
}

/**
 * Returns the value, null for an empty optional field, or undefined when the value is not allowed
 * (already reported), so callers can tell "absent" from "wrong".
 */
function readEnum<T extends string>(
  row: EscoCsvRow,
  column: string,
  allowed: readonly T[],
  ctx: EscoRowContext,
  required = false,
): T | null | undefined {
  const value = row.get(column).trim();
  if (value === '' && !required) return null;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const expected = allowed.map((v) => `"${v}"`).join(' or ');
  reject(
    row,
    ctx,
    column,
    value ? `unknown ${column} "${value}" (expected ${expected})` : `missing ${column}`,
  );
  return undefined;
}

function reject(row: EscoCsvRow, ctx: EscoRowContext, column: string, message: string): void {
  ctx.issues.error(ctx.file, row.line, message, column);
}
