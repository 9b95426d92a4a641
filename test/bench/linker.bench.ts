/**
 * Latency of the occupation linker against a full-ESCO-sized corpus: every occupation label
 * (preferred, alternative, hidden) of the Dutch, German and English ESCO CSV files.
 *
 *   npx swc libs test/bench -d dist --quiet && node dist/test/bench/linker.bench.js [data-folder]
 *
 * Run it from the repository root; the data folder defaults to ../shared/data. Queries are the
 * MELO job titles when that folder has them, otherwise the labels themselves, reworded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  LabelEntry,
  LabelKind,
  LinkerLanguage,
  OccupationLinker,
  readMeloDataset,
} from '../../libs/taxonomy/src/linker';

const LANGUAGES: readonly Exclude<LinkerLanguage, 'und'>[] = ['nl', 'de', 'en'];
const LABEL_COLUMNS: readonly [string, LabelKind][] = [
  ['preferredLabel', 'preferred'],
  ['altLabels', 'alternative'],
  ['hiddenLabels', 'hidden'],
];

/** RFC 4180 records; the ESCO files put newline-separated label lists inside quoted fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      if (row.some((value) => value !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

function readOccupationLabels(file: string, lang: LinkerLanguage): LabelEntry[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const uriColumn = header.indexOf('conceptUri');
  const entries: LabelEntry[] = [];
  for (const row of rows) {
    for (const [column, kind] of LABEL_COLUMNS) {
      const index = header.indexOf(column);
      if (index < 0 || !row[index]) continue;
      for (const label of row[index].split('\n')) {
        if (label.trim())
          entries.push({ conceptUri: row[uriColumn], label: label.trim(), lang, kind });
      }
    }
  }
  return entries;
}

function queriesFor(dataFolder: string, lang: LinkerLanguage, entries: LabelEntry[]): string[] {
  const melo = { nl: 'bel_q_nl_c_nl', de: 'aut_q_de_c_de' } as Record<string, string>;
  const folder = melo[lang] && join(dataFolder, 'melo-dev', melo[lang]);
  if (folder && existsSync(folder))
    return readMeloDataset(folder, lang).queries.map((query) => query.text);
  // No titles: take every 25th label and swap its words, as a title would word it differently.
  return entries
    .filter((_, i) => i % 25 === 0)
    .map((entry) => entry.label.split(' ').reverse().join(' '));
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function main(): void {
  const dataFolder = resolve(process.argv[2] ?? '../shared/data');
  const escoFolder = join(dataFolder, 'esco');
  const files = LANGUAGES.map((lang) => join(escoFolder, `occupations_${lang}.csv`));
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    console.log(
      `linker bench skipped: ${missing.join(', ')} not found (pass the data folder as argument)`,
    );
    return;
  }
  const entries = LANGUAGES.flatMap((lang, i) => readOccupationLabels(files[i], lang));
  const buildStart = process.hrtime.bigint();
  const buildCpuStart = process.cpuUsage();
  const linker = new OccupationLinker(entries);
  const buildCpu = process.cpuUsage(buildCpuStart);
  const buildCpuMs = (buildCpu.user + buildCpu.system) / 1000;
  const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;
  console.log(
    `labels=${entries.length} concepts=${new Set(entries.map((e) => e.conceptUri)).size} build_ms=${buildMs.toFixed(0)}`,
  );

  // Wall time is what a caller waits; CPU time is what the linker costs, whatever else the machine
  // is running at the same time.
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const lang of LANGUAGES) {
    const queries = queriesFor(
      dataFolder,
      lang,
      entries.filter((entry) => entry.lang === lang),
    );
    for (const query of queries.slice(0, 50)) linker.resolveOccupation(query, lang, 10);
    const own: number[] = [];
    for (const query of queries) {
      const cpuStart = process.cpuUsage();
      const start = process.hrtime.bigint();
      linker.resolveOccupation(query, lang, 10);
      own.push(Number(process.hrtime.bigint() - start) / 1e6);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
    }
    own.sort((a, b) => a - b);
    console.log(
      `${lang}: queries=${own.length} p50_ms=${percentile(own, 50).toFixed(3)} ` +
        `p95_ms=${percentile(own, 95).toFixed(3)}`,
    );
    wall.push(...own);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      labels: entries.length,
      build_ms: Math.round(buildMs),
      build_cpu_ms: Math.round(buildCpuMs),
      queries: wall.length,
      p50_ms: Number(percentile(wall, 50).toFixed(3)),
      p95_ms: Number(percentile(wall, 95).toFixed(3)),
      cpu_p50_ms: Number(percentile(cpu, 50).toFixed(3)),
      cpu_p95_ms: Number(percentile(cpu, 95).toFixed(3)),
    }),
  );
}

main();
