import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EscoCsvRow, readEscoCsvRows } from './esco-csv-rows.reader';
import { EscoIssueCollector } from './esco-issue.collector';

const SPEC = { required: ['conceptUri', 'preferredLabel'], optional: ['altLabels'] };

describe('readEscoCsvRows', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'esco-rows-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function read(name: string, content: string, progressEvery?: number) {
    const path = join(dir, name);
    writeFileSync(path, content);
    const issues = new EscoIssueCollector();
    const rows: { line: number; uri: string; alt: string }[] = [];
    const progress: [number, boolean][] = [];
    const result = await readEscoCsvRows(path, {
      spec: SPEC,
      issues,
      progressEvery,
      onRow: (row: EscoCsvRow) =>
        rows.push({ line: row.line, uri: row.get('conceptUri'), alt: row.get('altLabels') }),
      onProgress: (n, done) => progress.push([n, done]),
    });
    return { result, issues, rows, progress };
  }

  it('gives each row the line it starts on, past multi-line quoted labels', async () => {
    const csv = 'conceptUri,preferredLabel,altLabels\nu1,a,"x\ny\nz"\nu2,b,\nu3,c,"p\nq"\nu4,d,\n';
    const { rows, issues } = await read('multiline.csv', csv);
    expect(issues.errors).toEqual([]);
    expect(rows.map((r) => [r.uri, r.line])).toEqual([
      ['u1', 2],
      ['u2', 5],
      ['u3', 6],
      ['u4', 8],
    ]);
    expect(rows[0].alt).toBe('x\ny\nz');
  });

  it('counts lines right in a CRLF file with CRLF inside quoted fields', async () => {
    const csv = 'conceptUri,preferredLabel,altLabels\r\nu1,a,"x\r\ny"\r\nu2,b,\r\n';
    const { rows } = await read('crlf.csv', csv);
    expect(rows.map((r) => [r.uri, r.line])).toEqual([
      ['u1', 2],
      ['u2', 4],
    ]);
  });

  it('strips a byte-order mark from the header', async () => {
    const { rows, issues } = await read('bom.csv', '\uFEFFconceptUri,preferredLabel\nu1,a\n');
    expect(issues.errors).toEqual([]);
    expect(rows).toHaveLength(1);
  });

  it('names the file and the column when a required column is missing, and reads no rows', async () => {
    const { rows, issues, result } = await read('noLabel.csv', 'conceptUri,altLabels\nu1,x\n');
    expect(result.headerOk).toBe(false);
    expect(rows).toEqual([]);
    expect(issues.errors).toEqual([
      {
        severity: 'error',
        file: 'noLabel.csv',
        line: 1,
        column: 'preferredLabel',
        message: 'missing required column "preferredLabel"',
      },
    ]);
  });

  it('reports a row with the wrong column count by line and goes on', async () => {
    const csv = 'conceptUri,preferredLabel\nu1,a\nu2,b,extra\nu3\nu4,d\n';
    const { rows, issues, result } = await read('columns.csv', csv);
    expect(rows.map((r) => r.uri)).toEqual(['u1', 'u4']);
    expect(result.rowsRead).toBe(4);
    expect(issues.errors.map((e) => [e.file, e.line, e.message])).toEqual([
      ['columns.csv', 3, 'expected 2 columns as in the header, found 3'],
      ['columns.csv', 4, 'expected 2 columns as in the header, found 1'],
    ]);
  });

  it('reports broken quoting as a syntax error with a line, without throwing', async () => {
    const { issues, rows } = await read(
      'quote.csv',
      'conceptUri,preferredLabel\nu1,a\nu2,"b\nu3,c\n',
    );
    expect(rows.map((r) => r.uri)).toEqual(['u1']);
    expect(issues.errors).toHaveLength(1);
    // Line 3 is where the unclosed quote opens, not where the parser gave up.
    expect(issues.errors[0]).toMatchObject({ file: 'quote.csv', line: 3 });
    expect(issues.errors[0].message).toMatch(/CSV syntax error \(CSV_QUOTE_NOT_CLOSED\)/);
  });

  it('reports an empty file', async () => {
    const { issues } = await read('empty.csv', '');
    expect(issues.errors.map((e) => [e.file, e.line, e.message])).toEqual([
      ['empty.csv', null, 'file is empty: no header row'],
    ]);
  });

  it('reports a missing file instead of throwing', async () => {
    const issues = new EscoIssueCollector();
    await readEscoCsvRows(join(dir, 'absent.csv'), { spec: SPEC, issues, onRow: () => undefined });
    expect(issues.errors[0]).toMatchObject({ file: 'absent.csv', line: null });
    expect(issues.errors[0].message).toMatch(/could not read the file/);
  });

  it('reports progress every n rows and once when done', async () => {
    const csv =
      'conceptUri,preferredLabel\n' + Array.from({ length: 7 }, (_, i) => `u${i},l${i}\n`).join('');
    const { progress } = await read('progress.csv', csv, 3);
    expect(progress).toEqual([
      [3, false],
      [6, false],
      [7, true],
    ]);
  });
});
