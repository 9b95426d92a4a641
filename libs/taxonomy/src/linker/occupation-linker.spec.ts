import { LabelEntry, LabelKind, LinkerLanguage } from './linker.types';
import { OccupationLinker } from './occupation-linker';

const OCCUPATION = 'http://data.europa.eu/esco/occupation/';
const label = (
  id: string,
  text: string,
  lang: LinkerLanguage,
  kind: LabelKind = 'alternative',
): LabelEntry => ({
  conceptUri: OCCUPATION + id,
  label: text,
  lang,
  kind,
});

const LABELS: LabelEntry[] = [
  label('forklift', 'heftruckchauffeur', 'nl', 'preferred'),
  label('forklift', 'chauffeur heftruck', 'nl'),
  label('truck', 'vrachtwagenchauffeur', 'nl', 'preferred'),
  label('truck', 'chauffeur vrachtwagen', 'nl'),
  label('bus', 'buschauffeur', 'nl', 'preferred'),
  label('sales', 'verkoper', 'nl', 'preferred'),
  label('sales', 'winkelbediende', 'nl'),
  label('warehouse', 'magazijnmedewerker', 'nl', 'preferred'),
  label('warehouse', 'medewerker magazijn', 'nl'),
  label('cleaner', 'schoonmaker', 'nl', 'preferred'),
  label('nurse', 'verpleegkundige', 'nl', 'preferred'),
  label('coordinator', 'coördinator logistiek', 'nl', 'preferred'),
  label('welder', 'Schweißer/Schweißerin', 'de', 'preferred'),
  label('welder', 'Schweißer', 'de'),
  label('forklift', 'Gabelstaplerfahrer/Gabelstaplerfahrerin', 'de', 'preferred'),
  label('truck', 'Berufskraftfahrer/Berufskraftfahrerin', 'de', 'preferred'),
  label('electronics', 'Elektroniker/Elektronikerin', 'de', 'preferred'),
  label('electrician', 'Elektriker/Elektrikerin', 'de', 'preferred'),
  label('sales', 'Verkäufer/Verkäuferin', 'de', 'preferred'),
  label('cook', 'Koch/Köchin', 'de', 'preferred'),
  label('truck', 'truck driver', 'en', 'preferred'),
  label('truck', 'lorry driver', 'en'),
  { conceptUri: 'http://data.europa.eu/esco/isco/C8344', label: 'Heftruckchauffeurs', lang: 'nl' },
];

const linker = new OccupationLinker(LABELS);
const top = (title: string, lang: LinkerLanguage): string | undefined =>
  linker.resolveOccupation(title, lang, 5)[0]?.uri.replace(OCCUPATION, '');

describe('OccupationLinker.resolveOccupation', () => {
  it.each([
    // compounds, either way round
    ['heftruckchauffeur', 'nl', 'forklift'],
    ['heftruck chauffeur', 'nl', 'forklift'],
    ['Chauffeur heftruck', 'nl', 'forklift'],
    ['vrachtwagen-chauffeur', 'nl', 'truck'],
    ['Fahrer Gabelstapler', 'de', 'forklift'],
    ['Gabelstaplerfahrer', 'de', 'forklift'],
    // gendered titles
    ['Verkoopster', 'nl', 'sales'],
    ['schoonmaakster', 'nl', 'cleaner'],
    ['Schweißerin', 'de', 'welder'],
    ['Schweißer (m/w/d)', 'de', 'welder'],
    ['SchweißerIn', 'de', 'welder'],
    ['Schweißer*in', 'de', 'welder'],
    ['Elektronikerin', 'de', 'electronics'],
    ['Elektriker/in', 'de', 'electrician'],
    ['Köchin', 'de', 'cook'],
    ['Verkäuferin', 'de', 'sales'],
    // noise in titles
    ['Vacature: Medew. magazijn 32-40 uur Enschede', 'nl', 'warehouse'],
    ['mdw magazijn (fulltime)', 'nl', 'warehouse'],
    ['Verkoper m/v/x parttime', 'nl', 'sales'],
    ['Schweißer (m/w/d) in Vollzeit gesucht', 'de', 'welder'],
    ['Truck Drivers wanted', 'en', 'truck'],
    // diacritics, either way
    ['Schweisser', 'de', 'welder'],
    ['Verkaeufer', 'de', 'sales'],
    ['coordinator logistiek', 'nl', 'coordinator'],
    ['Coördinator Logistiek', 'nl', 'coordinator'],
  ] as const)('%p (%s) -> %s', (title, lang, expected) => {
    expect(top(title, lang)).toBe(expected);
  });

  it('ranks the concept whose labels match best first', () => {
    const ranked = linker
      .resolveOccupation('Elektroniker', 'de', 3)
      .map((hit) => hit.uri.replace(OCCUPATION, ''));
    expect(ranked[0]).toBe('electronics');
    expect(ranked).toContain('electrician');
    expect(ranked.indexOf('electronics')).toBeLessThan(ranked.indexOf('electrician'));
  });

  it('ranks an occupation above an ISCO group with the same words', () => {
    const ranked = linker.resolveOccupation('Heftruckchauffeurs', 'nl', 3);
    expect(ranked[0].uri).toBe(`${OCCUPATION}forklift`);
    expect(ranked.map((hit) => hit.uri)).toContain('http://data.europa.eu/esco/isco/C8344');
  });

  it('returns one hit per concept with its best label and scores in [0, 1], descending', () => {
    const ranked = linker.resolveOccupation('chauffeur', 'nl', 10);
    expect(new Set(ranked.map((hit) => hit.uri)).size).toBe(ranked.length);
    for (const hit of ranked) expect(hit.score).toBeGreaterThan(0);
    for (const hit of ranked) expect(hit.score).toBeLessThanOrEqual(1);
    for (let i = 1; i < ranked.length; i += 1)
      expect(ranked[i].score).toBeLessThanOrEqual(ranked[i - 1].score);
    expect(linker.resolveOccupation('Schweißer', 'de', 1)[0].label).toBe('Schweißer/Schweißerin');
  });

  it('respects the limit', () => {
    expect(linker.resolveOccupation('chauffeur', 'nl', 2)).toHaveLength(2);
    expect(linker.resolveOccupation('chauffeur', 'nl', 0)).toEqual([]);
  });

  it.each([
    ['', 'nl'],
    ['(m/v) 40 uur', 'nl'],
    ['xyzzy plugh', 'de'],
  ] as const)('finds nothing for %p', (title, lang) => {
    expect(linker.resolveOccupation(title, lang)).toEqual([]);
  });

  it('counts the labels of the same concept in the other languages (the URI), weighted lower', () => {
    const [hit] = linker.resolveOccupation('truck driver', 'nl');
    expect(hit).toMatchObject({
      uri: `${OCCUPATION}truck`,
      label: 'truck driver',
      labelLang: 'en',
    });
    const ownOnly = { crossLanguage: 0, expansion: 0 };
    expect(linker.resolveOccupation('truck driver', 'nl', 10, ownOnly)[0]?.uri).not.toBe(
      `${OCCUPATION}truck`,
    );
    // An exact label of the query's own language still ranks first.
    expect(linker.resolveOccupation('Schweißer', 'de')[0]?.labelLang).toBe('de');
  });

  it('finds an occupation by its essential skills when no label matches', () => {
    const expanded = new OccupationLinker(LABELS, {
      expansions: [
        { conceptUri: `${OCCUPATION}warehouse`, lang: 'nl', text: 'orderpicken' },
        { conceptUri: `${OCCUPATION}warehouse`, lang: 'nl', text: 'heftruck besturen' },
      ],
    });
    const plain = new OccupationLinker(LABELS);
    const rank = (l: OccupationLinker): number =>
      l.resolveOccupation('heftruck', 'nl').findIndex((h) => h.uri === `${OCCUPATION}warehouse`);
    expect(rank(plain)).toBe(-1);
    expect(rank(expanded)).toBeGreaterThan(0);
    // The labels still decide first place.
    expect(expanded.resolveOccupation('heftruck', 'nl')[0].uri).toBe(`${OCCUPATION}forklift`);
  });

  it('falls back to every language for a language without labels', () => {
    expect(linker.resolveOccupation('truck driver', 'und')[0]?.uri).toBe(`${OCCUPATION}truck`);
  });
});
