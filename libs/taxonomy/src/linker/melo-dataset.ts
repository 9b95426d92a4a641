import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LabelEntry, LinkerLanguage } from './linker.types';

/**
 * A folder in the MELO benchmark format (Avature, RecSys-in-HR 2024): queries, corpus elements
 * (one label each), the element -> concept mapping and the relevant elements per query.
 */
export interface MeloDataset {
  name: string;
  lang: LinkerLanguage;
  queries: { id: string; text: string }[];
  entries: LabelEntry[];
  /** Relevant concept URIs per query id. */
  relevant: Map<string, Set<string>>;
  /** Corpus elements without a concept in the mapping; they cannot be ranked. */
  unmappedElements: number;
}

export const MELO_FILES = [
  'queries.tsv',
  'corpus_elements.tsv',
  'concept_mapping.tsv',
  'annotations.tsv',
] as const;

export class MeloFormatError extends Error {}

/** MELO numbers a concept's elements from `_000`, and writes the ESCO preferred label first. */
const PREFERRED_ELEMENT = /_0+$/;

/** `bel_q_nl_c_nl` holds Dutch queries; folders of other languages fall back to `und`. */
export function languageFromFolderName(folder: string): LinkerLanguage {
  const match = /(?:^|_)q_([a-z]{2})(?:_|$)/i.exec(basename(folder));
  const code = match?.[1].toLowerCase();
  return code === 'nl' || code === 'de' || code === 'en' ? code : 'und';
}

export function readMeloDataset(folder: string, lang?: LinkerLanguage): MeloDataset {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new MeloFormatError(`not a folder: ${folder}`);
  }
  const missing = MELO_FILES.filter((file) => !existsSync(join(folder, file)));
  if (missing.length > 0) throw new MeloFormatError(`missing in ${folder}: ${missing.join(', ')}`);
  const language = lang ?? languageFromFolderName(folder);

  const queries = readRows(join(folder, 'queries.tsv'), 2).map(([id, text]) => ({ id, text }));
  const uriOf = new Map(
    readRows(join(folder, 'concept_mapping.tsv'), 2).map(([cid, uri]) => [cid, uri]),
  );
  const entries: LabelEntry[] = [];
  let unmappedElements = 0;
  for (const [cid, label] of readRows(join(folder, 'corpus_elements.tsv'), 2)) {
    const conceptUri = uriOf.get(cid);
    if (conceptUri === undefined) unmappedElements += 1;
    else
      entries.push({
        conceptUri,
        label,
        lang: language,
        kind: PREFERRED_ELEMENT.test(cid) ? 'preferred' : 'alternative',
      });
  }
  const relevant = new Map<string, Set<string>>();
  for (const [qid, , cid, grade] of readRows(join(folder, 'annotations.tsv'), 4)) {
    const uri = uriOf.get(cid);
    if (uri === undefined || !(Number(grade) > 0)) continue;
    const set = relevant.get(qid) ?? new Set<string>();
    set.add(uri);
    relevant.set(qid, set);
  }
  return { name: basename(folder), lang: language, queries, entries, relevant, unmappedElements };
}

/** Tab-separated rows with at least `columns` fields; a header row (`qid`, `cid`...) is skipped. */
function readRows(path: string, columns: number): string[][] {
  const rows: string[][] = [];
  const lines = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const fields = line.split('\t');
    if (fields.length < columns) {
      throw new MeloFormatError(
        `${basename(path)}:${index + 1}: expected ${columns} tab-separated fields`,
      );
    }
    if (index === 0 && isHeader(fields)) return;
    rows.push(fields.map((field) => field.trim()));
  });
  return rows;
}

function isHeader(fields: string[]): boolean {
  const first = fields[0].trim().toLowerCase();
  return /^(?:[a-z]+_?)?id$/.test(first) || first === 'query' || first === 'surface_form';
}
