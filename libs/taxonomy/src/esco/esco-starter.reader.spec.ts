import { readStarterTaxonomy } from './esco-starter.reader';
import { formatEscoIssue } from './esco-issue.collector';
import { EscoOccupation, EscoPackage, EscoReadProgress } from './esco.types';

const label = (concept: { labels: EscoOccupation['labels'] }, lang: string) =>
  concept.labels.find((l) => l.lang === lang);

describe('starter taxonomy (libs/taxonomy/starter)', () => {
  let pkg: EscoPackage;
  const progress: EscoReadProgress[] = [];

  beforeAll(async () => {
    pkg = await readStarterTaxonomy({ onProgress: (p) => progress.push(p) });
  });

  it('reads without errors or warnings', () => {
    expect(pkg.errors.map(formatEscoIssue)).toEqual([]);
    expect(pkg.warnings.map(formatEscoIssue)).toEqual([]);
  });

  it('has the expected counts', () => {
    expect(pkg.occupations).toHaveLength(53);
    expect(pkg.skills).toHaveLength(291);
    expect(pkg.iscoGroups).toHaveLength(48);
    expect(pkg.occupationSkillRelations).toHaveLength(443);
    expect(pkg.broaderRelations).toHaveLength(53);
    expect(pkg.files.map((f) => f.file)).toContain('occupations_nl.starter.csv');
    expect(pkg.files.every((f) => f.rowsRead === f.rowsAccepted)).toBe(true);
  });

  it('labels every concept in Dutch, German and English', () => {
    for (const concept of [...pkg.occupations, ...pkg.skills, ...pkg.iscoGroups]) {
      expect(concept.labels.map((l) => l.lang)).toEqual(['nl', 'de', 'en']);
      for (const l of concept.labels) expect(l.preferred.trim()).not.toBe('');
    }
  });

  it('keeps multi-line alternative labels apart, with gendered forms', () => {
    const welder = pkg.occupations.find((o) =>
      o.uri.endsWith('/7aedaa07-3884-4c5b-88f9-80997b2aa54b'),
    )!;
    expect(welder.iscoGroup).toBe('7212');
    expect(label(welder, 'nl')).toMatchObject({ preferred: 'lasser' });
    expect(label(welder, 'nl')!.alt).toContain('lasster');
    expect(label(welder, 'de')!.alt).toEqual(expect.arrayContaining(['Schweißer', 'Schweißerin']));
    expect(label(welder, 'en')!.preferred).toBe('welder');
  });

  it('gives every occupation a 4-digit ISCO group that is in the ISCO file, and 5 to 10 skills', () => {
    const codes = new Set(pkg.iscoGroups.map((g) => g.code));
    for (const occupation of pkg.occupations) {
      expect(occupation.iscoGroup).toMatch(/^\d{4}$/);
      expect(codes.has(occupation.iscoGroup!)).toBe(true);
      const skills = pkg.occupationSkillRelations.filter((r) => r.occupationUri === occupation.uri);
      expect(skills.length).toBeGreaterThanOrEqual(5);
      expect(skills.length).toBeLessThanOrEqual(10);
      expect(skills.some((r) => r.relationType === 'essential')).toBe(true);
    }
  });

  it('resolves every relation to known concepts', () => {
    const occupations = new Set(pkg.occupations.map((o) => o.uri));
    const skills = new Set(pkg.skills.map((s) => s.uri));
    const groups = new Set(pkg.iscoGroups.map((g) => g.uri));
    for (const r of pkg.occupationSkillRelations) {
      expect(occupations.has(r.occupationUri)).toBe(true);
      expect(skills.has(r.skillUri)).toBe(true);
    }
    for (const r of pkg.broaderRelations) {
      expect(occupations.has(r.conceptUri)).toBe(true);
      expect(groups.has(r.broaderUri)).toBe(true);
    }
  });

  it.each([
    ['forklift', 'heftruckcertificaat', 'Staplerschein'],
    ['VCA safety', 'VCA', 'SCC-Schein'],
    ['German', 'Duits spreken', 'Deutsch sprechen'],
  ])('contains the certificate-like skill %s', (_name, nl, de) => {
    const skill = pkg.skills.find((s) =>
      s.labels.some((l) => l.lang === 'nl' && (l.preferred === nl || l.alt.includes(nl))),
    );
    expect(skill).toBeDefined();
    const german = label(skill!, 'de')!;
    expect([german.preferred, ...german.alt]).toContain(de);
  });

  it('reports progress per file, ending with done', () => {
    const done = progress.filter((p) => p.done);
    expect(done.map((p) => p.file)).toEqual(pkg.files.map((f) => f.file));
    expect(done.find((p) => p.file === 'occupationSkillRelations.starter.csv')?.rowsRead).toBe(443);
  });

  it('reads a subset of languages', async () => {
    const dutchOnly = await readStarterTaxonomy({ languages: ['nl'], kinds: ['occupations'] });
    expect(dutchOnly.errorCount).toBe(0);
    expect(
      dutchOnly.occupations.every((o) => o.labels.length === 1 && o.labels[0].lang === 'nl'),
    ).toBe(true);
  });
});
