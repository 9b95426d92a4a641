import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MeloFormatError, languageFromFolderName, readMeloDataset } from './melo-dataset';

describe('languageFromFolderName', () => {
  it.each([
    ['bel_q_nl_c_nl', 'nl'],
    ['/data/melo/aut_q_de_c_de', 'de'],
    ['usa_q_en_c_en', 'en'],
    ['esp_q_es_c_es', 'und'],
    ['something-else', 'und'],
  ])('%p -> %p', (folder, lang) => {
    expect(languageFromFolderName(folder)).toBe(lang);
  });
});

describe('readMeloDataset', () => {
  let folder: string;

  beforeEach(() => {
    folder = join(mkdtempSync(join(tmpdir(), 'melo-')), 'nld_q_nl_c_nl');
    mkdirSync(folder);
    writeFileSync(join(folder, 'queries.tsv'), 'qid\ttitle\nQ1\tLasser\nQ2\tKok\n');
    writeFileSync(
      join(folder, 'corpus_elements.tsv'),
      'C1_nl_000\tlasser\nC1_nl_001\tlasster\nC2_nl_000\tkok\nC9_nl_000\twees\n',
    );
    writeFileSync(
      join(folder, 'concept_mapping.tsv'),
      'C1_nl_000\turi:welder\nC1_nl_001\turi:welder\nC2_nl_000\turi:cook\n',
    );
    writeFileSync(
      join(folder, 'annotations.tsv'),
      'Q1\t0\tC1_nl_001\t1\nQ2\t0\tC2_nl_000\t1\nQ2\t0\tC1_nl_000\t0\n',
    );
  });

  afterEach(() => rmSync(join(folder, '..'), { recursive: true, force: true }));

  it('reads queries, labels with their concepts and the relevant concepts', () => {
    const dataset = readMeloDataset(folder);
    expect(dataset.lang).toBe('nl');
    expect(dataset.queries).toEqual([
      { id: 'Q1', text: 'Lasser' },
      { id: 'Q2', text: 'Kok' },
    ]);
    expect(dataset.entries).toEqual([
      { conceptUri: 'uri:welder', label: 'lasser', lang: 'nl', kind: 'preferred' },
      { conceptUri: 'uri:welder', label: 'lasster', lang: 'nl', kind: 'alternative' },
      { conceptUri: 'uri:cook', label: 'kok', lang: 'nl', kind: 'preferred' },
    ]);
    expect(dataset.unmappedElements).toBe(1);
    expect(dataset.relevant).toEqual(
      new Map([
        ['Q1', new Set(['uri:welder'])],
        ['Q2', new Set(['uri:cook'])],
      ]),
    );
  });

  it('takes the language from the caller over the folder name', () => {
    expect(readMeloDataset(folder, 'de').lang).toBe('de');
  });

  it.each([
    ['a missing folder', (f: string) => join(f, 'nope'), /not a folder/],
    [
      'a missing file',
      (f: string) => (rmSync(join(f, 'annotations.tsv')), f),
      /missing in .*annotations\.tsv/,
    ],
  ])('rejects %s', (_case, prepare, message) => {
    const target = prepare(folder);
    expect(() => readMeloDataset(target)).toThrow(MeloFormatError);
    expect(() => readMeloDataset(target)).toThrow(message);
  });
});
