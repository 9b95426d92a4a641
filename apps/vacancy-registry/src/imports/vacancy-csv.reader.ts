import { CsvError, parse } from 'csv-parse/sync';
import { VACANCY_FIELD_NAMES } from '@wt/vacancies';

/** Columns a vacancy CSV may have: the fields of `POST /vacancies`, by the same names. */
export const CSV_COLUMNS = ['employerId', ...VACANCY_FIELD_NAMES, 'publish'] as const;

export const REQUIRED_CSV_COLUMNS = ['title', 'description', 'country'] as const;

/** Lists inside one cell are separated by `|`; a language is `code:level` (`de:B1|nl:A2`). */
export const LIST_SEPARATOR = '|';

const LIST_COLUMNS = new Set([
  'requiredSkills',
  'optionalSkills',
  'drivingLicences',
  'certificates',
]);
const NUMBER_COLUMNS = new Set([
  'minimumEqf',
  'hoursMin',
  'hoursMax',
  'positions',
  'latitude',
  'longitude',
]);
const BOOLEAN_COLUMNS = new Set([
  'banenafspraakSuitable',
  'banenafspraakReserved',
  'jobcarving',
  'supervisionOffered',
  'openToSchoolLeavers',
  'recognitionRequired',
  'publish',
]);
const TRUE_WORDS = new Set(['true', 'ja', 'yes', 'j', 'y', '1', 'waar']);
const FALSE_WORDS = new Set(['false', 'nee', 'no', 'n', '0', 'onwaar']);

/** A problem with the file as a whole: it is rejected and nothing is stored. */
export class CsvFileError extends Error {
  override name = 'CsvFileError';
}

export interface CsvRecord {
  /** The line of the file the record ends on (the header is line 1). */
  line: number;
  /** Typed values for the row validator; unreadable cells stay strings so it names them. */
  values?: Record<string, unknown>;
  /** Why the row could not be read at all. */
  problem?: { field: string; message: string };
}

/**
 * Reads a vacancy CSV: a header of known column names (any order, any case), then one vacancy
 * per record. Comma or semicolon separated (as Dutch spreadsheets save it), UTF-8 with or without
 * BOM. A broken quote or an unknown column rejects the file; a row with the wrong number of fields
 * is reported for that row.
 */
export function readVacancyCsv(text: string, maxRows: number): CsvRecord[] {
  const delimiter = detectDelimiter(text);
  let lastLine = 1;
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    rows = parse(text, {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[], context: { lines: number }) => {
        lastLine = context.lines;
        return record;
      },
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    if (error instanceof CsvError) {
      throw new CsvFileError(
        `the CSV cannot be read from line ${lastLine + 1}: ${describeCsvError(error)}`,
      );
    }
    throw error;
  }
  if (rows.length === 0) throw new CsvFileError('the file is empty: expected a header line');
  const columns = readHeader(rows[0].record);
  const data = rows.slice(1);
  if (data.length === 0) throw new CsvFileError('the file has a header but no vacancies');
  if (data.length > maxRows) {
    throw new CsvFileError(`the file has ${data.length} vacancies; at most ${maxRows} per upload`);
  }
  return data.map(({ record, info }) => {
    if (record.length !== columns.length) {
      return {
        line: info.lines,
        problem: {
          field: 'record',
          message: `has ${record.length} fields where the header has ${columns.length}`,
        },
      };
    }
    const values: Record<string, unknown> = {};
    record.forEach((cell, index) => {
      const value = typedCell(columns[index], cell);
      if (value !== undefined) values[columns[index]] = value;
    });
    return { line: info.lines, values };
  });
}

function readHeader(header: string[]): string[] {
  const byLowerCase = new Map(CSV_COLUMNS.map((column) => [column.toLowerCase(), column]));
  const columns = header.map((raw, index) => {
    const column = byLowerCase.get(raw.trim().toLowerCase());
    if (!column) {
      throw new CsvFileError(
        `column ${index + 1} "${raw.trim()}" is not a known column; known columns: ${CSV_COLUMNS.join(', ')}`,
      );
    }
    return column;
  });
  const repeated = columns.find((column, index) => columns.indexOf(column) !== index);
  if (repeated) throw new CsvFileError(`column "${repeated}" appears twice in the header`);
  const missing = REQUIRED_CSV_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    throw new CsvFileError(`the header lacks the required column(s): ${missing.join(', ')}`);
  }
  return columns;
}

/** An empty cell is no value; others get the type the DTO expects when they can. */
function typedCell(column: string, cell: string): unknown {
  const text = cell.trim();
  if (text === '') return undefined;
  if (LIST_COLUMNS.has(column)) return splitList(text);
  if (column === 'languages') {
    return splitList(text).map((item) => {
      const [language, level, ...rest] = item.split(':').map((part) => part.trim());
      return rest.length === 0 && level !== undefined ? { language, level } : { language: item };
    });
  }
  if (NUMBER_COLUMNS.has(column) && /^-?\d+([.,]\d+)?$/.test(text)) {
    return Number(text.replace(',', '.'));
  }
  if (BOOLEAN_COLUMNS.has(column)) {
    const word = text.toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
  }
  return text;
}

function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Semicolons when the header has more of them than commas (a Dutch-locale spreadsheet). */
function detectDelimiter(text: string): ',' | ';' {
  const header = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  const count = (char: string) => header.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed (a " is missing)';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'text follows a closing quote; write a quote inside a quoted field as ""';
    default:
      return error.message;
  }
}
