import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { CsvError, parse } from 'csv-parse';
import { EscoColumnSpec } from './esco-file.constants';
import { EscoIssueCollector } from './esco-issue.collector';

export const DEFAULT_PROGRESS_EVERY = 10_000;

/**
 * A view on the current CSV record. It is reused for every row to keep a 120k-row file cheap, so a
 * row handler must copy what it needs and not keep the view.
 */
export class EscoCsvRow {
  line = 0;
  values: string[] = [];

  constructor(private readonly columnIndex: ReadonlyMap<string, number>) {}

  get(column: string): string {
    const index = this.columnIndex.get(column);
    return index === undefined ? '' : (this.values[index] ?? '');
  }

  has(column: string): boolean {
    return this.columnIndex.has(column);
  }
}

export interface ReadEscoCsvRowsOptions {
  spec: EscoColumnSpec;
  issues: EscoIssueCollector;
  onRow: (row: EscoCsvRow) => void;
  /** Called every `progressEvery` rows and once more with `done: true`. */
  onProgress?: (rowsRead: number, done: boolean) => void;
  progressEvery?: number;
  /** Name used in issues; defaults to the file's base name. */
  displayName?: string;
}

export interface ReadEscoCsvRowsResult {
  /** Data rows parsed, including rejected ones; the header is not counted. */
  rowsRead: number;
  headerOk: boolean;
}

/**
 * Streams one CSV file of the ESCO package: checks the header against the column spec, then hands
 * each well-formed row to `onRow`. Problems go to the issue collector with file and line; a file
 * whose header lacks a required column is not read further, because every row would fail.
 */
export async function readEscoCsvRows(
  path: string,
  options: ReadEscoCsvRowsOptions,
): Promise<ReadEscoCsvRowsResult> {
  const file = options.displayName ?? basename(path);
  const { issues, spec } = options;
  const progressEvery = options.progressEvery ?? DEFAULT_PROGRESS_EVERY;
  // Column counts are checked here rather than by the parser so a bad row is reported, not fatal.
  const parser = parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true });
  const input = createReadStream(path);
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);

  let header: string[] | null = null;
  let row: EscoCsvRow | null = null;
  let rowsRead = 0;
  let lineDrift = 0;
  // Where the next record starts: a syntax error is best reported there, where the bad quote opened.
  let nextRecordLine = 1;
  let headerOk = false;
  let failed = false;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      // info.lines is where the record ends; quoted multi-line labels push it past the start.
      const breaks = countLineBreaks(record);
      const line = info.lines - breaks.counted - lineDrift;
      lineDrift += breaks.crlf;
      nextRecordLine = info.lines - lineDrift + 1;
      if (header === null) {
        header = record.map((name) => name.trim());
        const missing = spec.required.filter((column) => !header!.includes(column));
        for (const column of missing)
          issues.error(file, 1, `missing required column "${column}"`, column);
        if (missing.length > 0) break;
        headerOk = true;
        row = new EscoCsvRow(new Map(header.map((name, index) => [name, index])));
        continue;
      }
      rowsRead += 1;
      if (record.length !== header.length) {
        issues.error(
          file,
          line,
          `expected ${header.length} columns as in the header, found ${record.length}`,
        );
      } else {
        row!.line = line;
        row!.values = record;
        options.onRow(row!);
      }
      if (options.onProgress && rowsRead % progressEvery === 0) options.onProgress(rowsRead, false);
    }
  } catch (error) {
    failed = true;
    reportReadFailure(issues, file, nextRecordLine, error);
  } finally {
    input.destroy();
  }
  if (header === null && !failed) issues.error(file, null, 'file is empty: no header row');
  options.onProgress?.(rowsRead, true);
  return { rowsRead, headerOk };
}

/**
 * csv-parse counts every CR and every LF inside a quoted field as a line, so a CRLF inside a field
 * (a file saved by a spreadsheet) counts twice; `crlf` is that surplus, carried to later records.
 */
function countLineBreaks(values: string[]): { counted: number; crlf: number } {
  let counted = 0;
  let crlf = 0;
  for (const value of values) {
    if (value.indexOf('\n') === -1 && value.indexOf('\r') === -1) continue;
    for (let i = 0; i < value.length; i += 1) {
      const code = value.charCodeAt(i);
      if (code === 10) counted += 1;
      else if (code === 13) {
        counted += 1;
        if (value.charCodeAt(i + 1) === 10) crlf += 1;
      }
    }
  }
  return { counted, crlf };
}

function reportReadFailure(
  issues: EscoIssueCollector,
  file: string,
  recordLine: number,
  error: unknown,
): void {
  if (error instanceof CsvError) {
    const message = `CSV syntax error (${error.code}) in the record starting here: ${error.message}; the rest of the file was not read`;
    issues.error(file, recordLine, message);
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  issues.error(file, null, `could not read the file: ${message}`);
}
