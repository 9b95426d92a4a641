import { LabelEntry, LabelKind, LinkerLanguage } from './linker.types';
import { SkillExtractor } from './skill-extractor';

const SKILL = 'http://data.europa.eu/esco/skill/';
const label = (
  id: string,
  text: string,
  lang: LinkerLanguage,
  kind: LabelKind = 'alternative',
): LabelEntry => ({
  conceptUri: SKILL + id,
  label: text,
  lang,
  kind,
});

const LABELS: LabelEntry[] = [
  label('welding', 'lassen', 'nl', 'preferred'),
  label('welding', 'lastechnieken toepassen', 'nl'),
  label('forklift', 'heftruck rijden', 'nl', 'preferred'),
  label('forklift', 'vorkheftruck besturen', 'nl'),
  label('safety', 'veiligheidsvoorschriften naleven', 'nl', 'preferred'),
  label('safety', 'VCA', 'nl', 'hidden'),
  label('drawings', 'technische tekeningen lezen', 'nl', 'preferred'),
  label('baking', 'brood bakken', 'nl', 'preferred'),
  label('advice', 'klanten adviseren', 'nl', 'preferred'),
  label('welding', 'Schweißen', 'de', 'preferred'),
  label('forklift', 'Gabelstapler fahren', 'de', 'preferred'),
  label('drawings', 'technische Zeichnungen lesen', 'de', 'preferred'),
  label('baking', 'Brot backen', 'de', 'preferred'),
  label('advice', 'Kunden beraten', 'de', 'preferred'),
];

const extractor = new SkillExtractor(LABELS);
const found = (text: string, lang: LinkerLanguage): string[] =>
  extractor
    .extractSkills(text, lang)
    .map((mention) => mention.uri.replace(SKILL, ''))
    .sort();

const DUTCH_VACANCY =
  'Voor een constructiebedrijf in Almelo zoeken wij een lasser (m/v). Je kunt technische tekeningen ' +
  'lezen, last met MIG/MAG en rijdt op een heftruck. Een geldig VCA-diploma is vereist.';
const GERMAN_VACANCY =
  'Wir suchen einen Schweißer (m/w/d) in Vollzeit. Sie schweißen Stahlkonstruktionen, lesen ' +
  'technische Zeichnungen und haben Erfahrung im Gabelstaplerfahren.';

describe('SkillExtractor.extractSkills', () => {
  it.each([
    ['a Dutch vacancy', DUTCH_VACANCY, 'nl', ['drawings', 'forklift', 'safety', 'welding']],
    ['a German vacancy', GERMAN_VACANCY, 'de', ['drawings', 'forklift', 'welding']],
    ['words in another order', 'Ervaring met het rijden op een heftruck', 'nl', ['forklift']],
    ['a skill inside a compound', 'Heftruckrijden is een pré.', 'nl', ['forklift']],
    ['an acronym', 'VCA verplicht', 'nl', ['safety']],
  ] as const)('finds the skills in %s', (_case, text, lang, expected) => {
    expect(found(text, lang)).toEqual(expected);
  });

  it.each([
    ['an unrelated Dutch text', 'Het weer in Enschede is vandaag zonnig met kans op regen.', 'nl'],
    ['an unrelated German text', 'Das Wetter in Gronau ist heute sonnig und warm.', 'de'],
    [
      'words of a label too far apart',
      'Je rijdt naar het werk. Daar staat in de hal, naast de pallets, een heftruck.',
      'nl',
    ],
    ['half a label', 'Wij adviseren u graag.', 'nl'],
    ['a language without skills', DUTCH_VACANCY, 'en'],
  ] as const)('finds nothing in %s', (_case, text, lang) => {
    expect(extractor.extractSkills(text, lang)).toEqual([]);
  });

  it('quotes the matched text as written and scores in [0, 1]', () => {
    const mention = extractor
      .extractSkills(DUTCH_VACANCY, 'nl')
      .find((m) => m.uri === `${SKILL}forklift`)!;
    expect(mention.matchedText).toBe('rijdt op een heftruck');
    expect(mention.label).toBe('heftruck rijden');
    expect(mention.score).toBeGreaterThan(0.75);
    expect(mention.score).toBeLessThanOrEqual(1);
  });

  it('reports each concept once', () => {
    const mentions = extractor.extractSkills('Lassen en lastechnieken toepassen, lassen.', 'nl');
    expect(mentions.map((m) => m.uri)).toEqual([`${SKILL}welding`]);
  });

  it('lets a lower threshold admit partial mentions', () => {
    expect(found('Wij adviseren u graag.', 'nl')).toEqual([]);
    expect(extractor.extractSkills('Wij adviseren u graag.', 'nl', 0.3).map((m) => m.uri)).toEqual([
      `${SKILL}advice`,
    ]);
  });
});
