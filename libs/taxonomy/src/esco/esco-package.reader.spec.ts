import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatEscoIssue } from './esco-issue.collector';
import { readEscoPackage } from './esco-package.reader';

const E = 'http://data.europa.eu/esco';
const OCC = (id: string) => `${E}/occupation/${id}`;
const SKILL = (id: string) => `${E}/skill/${id}`;

const OCC_HEADER = 'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels';
const SKILL_HEADER = 'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels';
const ISCO_HEADER = 'conceptType,conceptUri,code,preferredLabel';
const REL_HEADER = 'occupationUri,relationType,skillType,skillUri';
const BROADER_HEADER = 'conceptType,conceptUri,broaderType,broaderUri';

/** A tiny valid package in two languages; tests override single files to break it. */
function validFiles(): Record<string, string> {
  return {
    't_ISCOGroups_nl.csv': `${ISCO_HEADER}\nISCOGroup,${E}/isco/C7212,7212,lassers\n`,
    't_ISCOGroups_de.csv': `${ISCO_HEADER}\nISCOGroup,${E}/isco/C7212,7212,Schweißer\n`,
    't_occupations_nl.csv': `${OCC_HEADER}\nOccupation,${OCC('o1')},7212,lasser,"lasster\nconstructielasser",\n`,
    't_occupations_de.csv': `${OCC_HEADER}\nOccupation,${OCC('o1')},7212,Schweißer/Schweißerin,"Schweißer\nSchweißerin",\n`,
    't_skills_nl.csv': `${SKILL_HEADER}\nKnowledgeSkillCompetence,${SKILL('s1')},skill/competence,cross-sector,MIG-lassen,\n`,
    't_skills_de.csv': `${SKILL_HEADER}\nKnowledgeSkillCompetence,${SKILL('s1')},skill/competence,cross-sector,MIG-Schweißen,\n`,
    't_occupationSkillRelations.csv': `${REL_HEADER}\n${OCC('o1')},essential,skill/competence,${SKILL('s1')}\n`,
    't_broaderRelationsOccPillar.csv': `${BROADER_HEADER}\nOccupation,${OCC('o1')},ISCOGroup,${E}/isco/C7212\n`,
    't_broaderRelationsSkillPillar.csv': `${BROADER_HEADER}\n`,
  };
}

describe('readEscoPackage', () => {
  let root: string;
  let n = 0;
  beforeAll(() => (root = mkdtempSync(join(tmpdir(), 'esco-pkg-'))));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function writePackage(overrides: Record<string, string | null> = {}): string {
    const dir = mkdtempSync(join(root, `p${(n += 1)}-`));
    for (const [name, content] of Object.entries({ ...validFiles(), ...overrides })) {
      if (content !== null) writeFileSync(join(dir, name), content);
    }
    return dir;
  }
  const read = (dir: string, languages = ['nl', 'de']) =>
    readEscoPackage(dir, { languages, prefix: 't_' });
  const issues = (list: { file: string; line: number | null; column?: string }[]) =>
    list.map((i) => [i.file, i.line, i.column ?? null]);

  it('reads a valid package into merged, typed concepts', async () => {
    const pkg = await read(writePackage());
    expect(pkg.errors.map(formatEscoIssue)).toEqual([]);
    expect(pkg.warnings.map(formatEscoIssue)).toEqual([]);
    expect(pkg.occupations).toEqual([
      {
        uri: OCC('o1'),
        iscoGroup: '7212',
        labels: [
          { lang: 'nl', preferred: 'lasser', alt: ['lasster', 'constructielasser'], hidden: [] },
          {
            lang: 'de',
            preferred: 'Schweißer/Schweißerin',
            alt: ['Schweißer', 'Schweißerin'],
            hidden: [],
          },
        ],
      },
    ]);
    expect(pkg.skills[0]).toMatchObject({
      uri: SKILL('s1'),
      skillType: 'skill/competence',
      reuseLevel: 'cross-sector',
    });
    expect(pkg.iscoGroups[0]).toMatchObject({ code: '7212' });
    expect(pkg.occupationSkillRelations).toEqual([
      {
        occupationUri: OCC('o1'),
        skillUri: SKILL('s1'),
        relationType: 'essential',
        skillType: 'skill/competence',
      },
    ]);
    expect(pkg.broaderRelations[0]).toMatchObject({
      pillar: 'occupation',
      broaderType: 'ISCOGroup',
    });
  });

  it('collects bad rows from several files with file, line and column instead of throwing', async () => {
    const dir = writePackage({
      't_occupations_nl.csv': `${OCC_HEADER}\nOccupation,${OCC('o1')},7212,lasser,"a\nb",\nOccupation,,7212,zonder uri,,\nOccupation,${OCC('o2')},72A2,fout,,\n`,
      't_occupationSkillRelations.csv': `${REL_HEADER}\n${OCC('o1')},mandatory,skill/competence,${SKILL('s1')}\n${OCC('o1')},optional,skill,${SKILL('s1')}\n`,
      't_skills_de.csv': `${SKILL_HEADER}\nKnowledgeSkillCompetence,${SKILL('s1')},skill/competence,cross-sector,,\n`,
    });
    const pkg = await read(dir);
    expect(issues(pkg.errors)).toEqual([
      ['t_occupations_nl.csv', 4, 'conceptUri'],
      ['t_occupations_nl.csv', 5, 'iscoGroup'],
      ['t_skills_de.csv', 2, 'preferredLabel'],
      ['t_occupationSkillRelations.csv', 2, 'relationType'],
      ['t_occupationSkillRelations.csv', 3, 'skillType'],
    ]);
    expect(pkg.errors[3].message).toBe(
      'unknown relationType "mandatory" (expected "essential" or "optional")',
    );
    expect(pkg.errorCount).toBe(5);
    expect(pkg.occupationSkillRelations).toEqual([]);
  });

  it('names the file and column when a header lacks a required column', async () => {
    const pkg = await read(
      writePackage({
        't_occupationSkillRelations.csv': `occupationUri,type,skillUri\n${OCC('o1')},essential,${SKILL('s1')}\n`,
      }),
    );
    expect(pkg.errors).toEqual([
      expect.objectContaining({
        file: 't_occupationSkillRelations.csv',
        line: 1,
        column: 'relationType',
      }),
    ]);
  });

  it('reports a missing file by its expected name', async () => {
    const pkg = await read(writePackage({ 't_skills_de.csv': null }));
    expect(pkg.errors).toHaveLength(1);
    expect(pkg.errors[0]).toMatchObject({ file: 't_skills_de.csv', line: null });
    expect(pkg.errors[0].message).toContain('t_skills_de_partial.csv');
  });

  it('accepts a partial skills file and flags it, preferring the full one when both exist', async () => {
    const partialOnly = await read(
      writePackage({
        't_skills_de.csv': null,
        't_skills_de_partial.csv': validFiles()['t_skills_de.csv'],
      }),
    );
    expect(partialOnly.errorCount).toBe(0);
    expect(partialOnly.files.find((f) => f.kind === 'skills' && f.language === 'de')).toMatchObject(
      { file: 't_skills_de_partial.csv', partial: true },
    );
    const both = await read(
      writePackage({ 't_skills_de_partial.csv': validFiles()['t_skills_de.csv'] }),
    );
    expect(both.files.find((f) => f.kind === 'skills' && f.language === 'de')?.file).toBe(
      't_skills_de.csv',
    );
  });

  it('rejects a duplicate conceptUri within one file', async () => {
    const row = `Occupation,${OCC('o1')},7212,lasser,,`;
    const pkg = await read(
      writePackage({ 't_occupations_nl.csv': `${OCC_HEADER}\n${row}\n${row}\n` }),
    );
    expect(issues(pkg.errors)).toEqual([['t_occupations_nl.csv', 3, 'conceptUri']]);
    expect(pkg.errors[0].message).toContain('first at line 2');
  });

  it('warns about relations to concepts no file defines', async () => {
    const pkg = await read(
      writePackage({
        't_occupationSkillRelations.csv': `${REL_HEADER}\n${OCC('o9')},optional,,${SKILL('s9')}\n`,
      }),
    );
    expect(pkg.errorCount).toBe(0);
    expect(issues(pkg.warnings)).toEqual([
      ['t_occupationSkillRelations.csv', 2, 'occupationUri'],
      ['t_occupationSkillRelations.csv', 2, 'skillUri'],
    ]);
    expect(pkg.occupationSkillRelations[0].skillType).toBeNull();
  });

  it('keeps the first language on an ISCO conflict and warns', async () => {
    const pkg = await read(
      writePackage({
        't_occupations_de.csv': `${OCC_HEADER}\nOccupation,${OCC('o1')},7213,Schweißer,,\n`,
      }),
    );
    expect(pkg.occupations[0].iscoGroup).toBe('7212');
    expect(issues(pkg.warnings)).toEqual([['t_occupations_de.csv', 2, 'iscoGroup']]);
  });

  it('takes a missing ISCO group from another language, else from a broader occupation, else warns', async () => {
    const dir = writePackage({
      't_occupations_nl.csv': `${OCC_HEADER}\nOccupation,${OCC('o1')},,lasser,,\nOccupation,${OCC('o2')},,pijplasser,,\nOccupation,${OCC('o3')},,onbekend,,\n`,
      't_occupations_de.csv': `${OCC_HEADER}\nOccupation,${OCC('o1')},7212,Schweißer,,\n`,
      't_broaderRelationsOccPillar.csv': `${BROADER_HEADER}\nOccupation,${OCC('o2')},Occupation,${OCC('o1')}\n`,
    });
    const pkg = await read(dir);
    expect(pkg.occupations.map((o) => [o.uri, o.iscoGroup])).toEqual([
      [OCC('o1'), '7212'],
      [OCC('o2'), '7212'],
      [OCC('o3'), null],
    ]);
    expect(issues(pkg.warnings)).toEqual([['t_occupations_nl.csv', 4, 'iscoGroup']]);
  });

  it('caps stored issues but counts them all', async () => {
    const rows = Array.from({ length: 30 }, () => `${OCC('o1')},sometimes,,${SKILL('s1')}`).join(
      '\n',
    );
    const pkg = await readEscoPackage(
      writePackage({ 't_occupationSkillRelations.csv': `${REL_HEADER}\n${rows}\n` }),
      {
        languages: ['nl'],
        prefix: 't_',
        maxIssuesPerSeverity: 10,
      },
    );
    expect(pkg.errors).toHaveLength(10);
    expect(pkg.errorCount).toBe(30);
  });

  it('reads only the kinds asked for', async () => {
    const pkg = await readEscoPackage(
      writePackage({ 't_skills_nl.csv': null, 't_skills_de.csv': null }),
      {
        languages: ['nl', 'de'],
        prefix: 't_',
        kinds: ['iscoGroups', 'occupations'],
      },
    );
    expect(pkg.errorCount).toBe(0);
    expect(pkg.files.map((f) => f.kind)).toEqual([
      'iscoGroups',
      'iscoGroups',
      'occupations',
      'occupations',
    ]);
  });

  it('reports a folder that does not exist', async () => {
    const pkg = await read(join(root, 'nope'));
    expect(pkg.errors[0]).toMatchObject({ line: null, message: 'ESCO folder not found' });
  });

  it.each([[[]], [['NL']], [['nl', 'dutch']]])(
    'throws on the invalid language list %p',
    async (languages) => {
      await expect(readEscoPackage(root, { languages })).rejects.toThrow(RangeError);
    },
  );
});
