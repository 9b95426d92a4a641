import { languageProfile } from './language-profiles';
import { cleanDescription, cleanTitle, foldText, isGenderVariant } from './text-cleaning';

const words = (title: string, lang: 'nl' | 'de' | 'en' = 'nl'): string =>
  cleanTitle(title, languageProfile(lang))
    .map((token) => (token.truncated ? `${token.text}-` : token.text))
    .join(' ');

describe('foldText', () => {
  it.each([
    ['Schweißer', 'schweisser'],
    ['Köchin', 'kochin'],
    ['Verkäufer', 'verkaufer'],
    ['Coördinator', 'coordinator'],
    ['Industriële', 'industriele'],
    ['Chocolatière', 'chocolatiere'],
    ['Tatoeëerder', 'tatoeeerder'],
    ['Ørsted Æble Œuvre', 'orsted aeble oeuvre'],
    ['an\u00ADti\u00ADquair', 'antiquair'],
  ])('folds %p to %p', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });
});

describe('cleanTitle: gender notation', () => {
  it.each([
    ['Schweißer (m/w/d)', 'de', 'schweisser'],
    ['Schweißer/in', 'de', 'schweisser'],
    ['Schweißer/-in', 'de', 'schweisser'],
    ['Schweißer*in', 'de', 'schweisser'],
    ['Schweißer:in', 'de', 'schweisser'],
    ['Schweißer_innen', 'de', 'schweisser'],
    ['SchweißerInnen', 'de', 'schweisser'],
    ['Schweißer(in)', 'de', 'schweisser'],
    ['Koch/Köchin', 'de', 'koch'],
    ['Kaufmann/-frau im Einzelhandel', 'de', 'kaufmann im einzelhandel'],
    ['Landwirtschaftlich(er)e Gehilf(e)in', 'de', 'landwirtschaftliche gehilfin'],
    ['Facharbeiter/Facharbeiterin Gartenbau', 'de', 'facharbeiter gartenbau'],
    ['Technischer Leiter Bühne/Technische Leiterin Bühne', 'de', 'technischer leiter buhne'],
    ['Maler/Lackierer', 'de', 'maler lackierer'],
    ['Verkoper (m/v)', 'nl', 'verkoper'],
    ['Verkoper m/v/x', 'nl', 'verkoper'],
    ['Chauffeur M/V', 'nl', 'chauffeur'],
  ] as const)('%p (%s) -> %p', (title, lang, expected) => {
    expect(words(title, lang)).toBe(expected);
  });
});

describe('cleanTitle: noise and abbreviations', () => {
  it.each([
    ['Vacature: Medew. magazijn 32-40 uur Enschede', 'nl', 'medewerker magazijn'],
    ['mdw productie fulltime', 'nl', 'medewerker productie'],
    ['Heftruckchauffeur parttime (regio Hengelo)', 'nl', 'heftruckchauffeur'],
    ['Senior Lasser / Constructiebankwerker', 'nl', 'lasser constructiebankwerker'],
    ['Schweißer (m/w/d) in Vollzeit gesucht!', 'de', 'schweisser in'],
    ['Softwaretechniker/in (DI)', 'de', 'softwaretechniker'],
    ['Truck driver wanted, full-time', 'en', 'truck driver'],
    ['E-commerce manager', 'nl', 'ecommerce manager'],
  ] as const)('%p (%s) -> %p', (title, lang, expected) => {
    expect(words(title, lang)).toBe(expected);
  });

  it('marks a truncated compound modifier', () => {
    expect(words('Chemie- und Verfahrenstechniker', 'de')).toBe('chemie- und verfahrenstechniker');
    expect(words('Umwelt-/Sicherheitstechniker', 'de')).toBe('umwelt- sicherheitstechniker');
  });
});

describe('cleanDescription', () => {
  it('keeps offsets into the raw text', () => {
    const text = 'Wir suchen Schweißer für Stahlbau.';
    const tokens = cleanDescription(text, languageProfile('de'));
    const welder = tokens.find((token) => token.text === 'schweisser')!;
    expect(text.slice(welder.start, welder.end)).toBe('Schweißer');
  });
});

describe('isGenderVariant', () => {
  it.each([
    ['koch', 'kochin', true],
    ['kaufmann', 'kauffrau', true],
    ['technischer', 'technische', true],
    ['verkoper', 'verkoopster', true],
    ['elektriker', 'elektroniker', false],
    ['maler', 'lackierer', false],
  ])('%p / %p -> %p', (a, b, expected) => {
    expect(isGenderVariant(a, b)).toBe(expected);
  });
});
