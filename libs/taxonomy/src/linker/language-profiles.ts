import PorterStemmerDe from 'natural/lib/natural/stemmers/porter_stemmer_de';
import PorterStemmerEn from 'natural/lib/natural/stemmers/porter_stemmer';
import PorterStemmerNl from 'natural/lib/natural/stemmers/porter_stemmer_nl';
import { LinkerLanguage } from './linker.types';

/** A feminine (or otherwise marked) ending and the forms it may stand for, tried in order. */
export type SuffixRule = readonly [suffix: string, replacements: readonly string[]];

export interface LanguageProfile {
  lang: LinkerLanguage;
  stem: (word: string) => string;
  /** Language-specific folding after {@link foldText}, applied to corpus and queries alike. */
  refold: (folded: string) => string;
  stopwords: ReadonlySet<string>;
  /** Words that never name an occupation or skill in a title: contract terms, "wanted", seniority. */
  noise: ReadonlySet<string>;
  /** Abbreviations (folded, without the dot) and their expansion. */
  abbreviations: ReadonlyMap<string, string>;
  /** Rewrites taken without asking the corpus: only endings that are unambiguous. */
  fixedRules: readonly (readonly [suffix: string, replacement: string])[];
  /** Tried longest first; a rewrite is only taken when the result is a word the corpus knows. */
  genderRules: readonly SuffixRule[];
  /** Spelling changes a base may need before a suffix is added (Dutch `verkoop` + `er` = `verkoper`). */
  respell: (base: string) => string[];
  /** Verb endings the stemmer leaves on (`rijdt`, `arbeitet`), cut when the rest is a known stem. */
  verbEndings: readonly string[];
  /** Fugen elements a compound modifier may end with (`verkeers|leider`, `arbeits|vermittler`). */
  linkingElements: readonly string[];
}

const words = (text: string): Set<string> => new Set(text.split(/\s+/).filter(Boolean));

// Places are not occupations; these are the ones a Twente vacancy names most. More can come in
// through LinkerOptions.noiseWords.
const PLACES =
  words(`enschede hengelo almelo oldenzaal borne haaksbergen losser rijssen holten wierden
  tubbergen dinkelland twenterand nijverdal hellendoorn vriezenveen goor delden denekamp ootmarsum
  twente overijssel zwolle deventer apeldoorn arnhem nijmegen amsterdam rotterdam utrecht eindhoven
  groningen gronau nordhorn bentheim ochtrup munster muenster osnabruck osnabrueck berlin hamburg
  munchen muenchen koln koeln dusseldorf duesseldorf wien graz linz salzburg antwerpen gent brussel
  regio omgeving umgebung raum`);

const SHARED_NOISE = words(`mwd mvx mv wmd fmd mfd dmw gn uur std hrs fte eur junior medior senior
  sr jr trainee werkstudent fulltime parttime`);

const NL_NOISE =
  words(`vacature vacatures gezocht gevraagd voltijds deeltijds voltijd deeltijd uren per
  week dringend tijdelijk tijdelijke uitzendbaan bijbaan oproepkracht stage stagiair stagiaire
  ervaren startend startende gediplomeerd gediplomeerde gecertificeerd gecertificeerde`);

const DE_NOISE =
  words(`vollzeit teilzeit gesucht stellenangebot stelle job jobs befristet unbefristet
  festanstellung minijob stunden wochenstunden sofort ab dringend quereinsteiger neu praktikant
  praktikum di dipl diplom ing mag mmag dr msc bsc ba mba fh htl uni diplomiert diplomierte
  diplomierter geprufter geprufte staatlich lehrabschluss lehrahnlich`);

const EN_NOISE = words(`vacancy vacancies wanted hiring job jobs hours per week urgent immediate
  temporary certified qualified`);

const NL_STOP =
  words(`de het een en of van voor in op met aan bij uit tot als te door naar over onder
  om dan die dat deze dit der des den ten ter zijn is algemeen algemene polyvalent polyvalente allround`);
const DE_STOP = words(`der die das den dem des ein eine einer eines einem einen und oder fur im in
  am an auf aus bei mit von vom zu zum zur als fuer nach uber ueber unter allgemein allgemeine
  allgemeiner allgemeinen`);
const EN_STOP = words(`the a an and or of for in on at to with by from as into under over general`);
// For languages without a profile: the articles and prepositions of the other EU languages the
// benchmark covers, which would otherwise count as words of a title.
const OTHER_STOP = words(`la le les el los las lo un une una uno del des du dei degli della delle da
  do dos das di et y e o ou ed per con sin sans sur pour para por au aux na ve ze za pro pri od po
  och av til og med`);

const NL_ABBREVIATIONS = new Map([
  ['medew', 'medewerker'],
  ['mdw', 'medewerker'],
  ['mw', 'medewerker'],
  ['mdwr', 'medewerker'],
  ['ass', 'assistent'],
  ['assist', 'assistent'],
  ['adm', 'administratief'],
  ['admin', 'administratief'],
  ['verk', 'verkoop'],
  ['log', 'logistiek'],
  ['techn', 'technisch'],
  ['tech', 'technisch'],
  ['coord', 'coordinator'],
  ['mgr', 'manager'],
  ['vrachtw', 'vrachtwagen'],
  ['chauf', 'chauffeur'],
  ['verpl', 'verpleegkundige'],
  ['wvb', 'werkvoorbereider'],
  ['vz', 'voorzitter'],
]);
const DE_ABBREVIATIONS = new Map([
  ['mitarb', 'mitarbeiter'],
  ['ma', 'mitarbeiter'],
  ['kfm', 'kaufmannisch'],
  ['kaufm', 'kaufmannisch'],
  ['techn', 'technisch'],
  ['sachb', 'sachbearbeiter'],
  ['fachkr', 'fachkraft'],
  ['gf', 'geschaftsfuhrer'],
  ['mgr', 'manager'],
  ['ass', 'assistent'],
  ['verw', 'verwaltung'],
  ['elektr', 'elektrisch'],
]);
const EN_ABBREVIATIONS = new Map([
  ['mgr', 'manager'],
  ['asst', 'assistant'],
  ['admin', 'administrative'],
  ['eng', 'engineer'],
  ['dev', 'developer'],
  ['tech', 'technician'],
  ['coord', 'coordinator'],
  ['rep', 'representative'],
]);

// Folded spellings: chocolatière arrives as chocolatiere, Köchin as kochin.
const NL_GENDER: SuffixRule[] = [
  ['aarster', ['aar']],
  ['ster', ['er']],
  ['eres', ['er']],
  ['ares', ['aar']],
  ['es', ['']],
  ['euse', ['eur']],
  ['trice', ['teur', 'tor']],
  ['rice', ['eur']],
  ['iere', ['ier']],
  ['esse', ['is', '']],
  ['ina', ['']],
  ['in', ['']],
  ['e', ['']],
];
const DE_GENDER: SuffixRule[] = [
  ['innen', ['', 'e', 'er']],
  ['in', ['', 'e', 'er']],
  ['frau', ['mann']],
  ['frauen', ['manner', 'leute']],
  ['euse', ['eur']],
  ['iere', ['ier']],
  ['e', ['er']],
];
// German -in after an agent suffix is always the feminine form (Schweißerin, Therapeutin, Fotografin).
const DE_FIXED = ['er', 'eur', 'ist', 'ent', 'ant', 'tor', 'af', 'eut', 'ar', 'ier', 'at', 'arzt']
  .flatMap(
    (stem) =>
      [
        [`${stem}innen`, stem],
        [`${stem}in`, stem],
      ] as const,
  )
  .concat([
    ['ologin', 'ologe'],
    ['ologinnen', 'ologe'],
  ]);

const EN_GENDER: SuffixRule[] = [
  ['woman', ['man']],
  ['women', ['men']],
  ['tress', ['ter', 'tor']],
  ['ess', ['', 'er']],
  ['wife', ['man']],
];

const identity = (word: string): string => word;

// Umlauts typed as ae/oe/ue (`Verkaeufer`) fold like the umlaut itself. Words that merely contain
// those letters (`Steuer` -> `steur`) change too, harmlessly: queries and labels change alike.
const refoldGerman = (folded: string): string => folded.replace(/([aou])e/g, '$1');
const noRespelling = (): string[] => [];

// Dutch spelling keeps a vowel long or short across a syllable boundary: verkoop|ster -> verkoper,
// kap|ster -> kapper.
function respellDutch(base: string): string[] {
  const out: string[] = [];
  const longVowel = /([aeou])\1([^aeiou])$/.exec(base);
  if (longVowel) out.push(base.slice(0, longVowel.index) + longVowel[1] + longVowel[2]);
  if (/[^aeiou][aeiou][bdfgklmnprst]$/.test(base)) out.push(base + base[base.length - 1]);
  return out;
}

const PROFILES: Record<LinkerLanguage, LanguageProfile> = {
  nl: {
    lang: 'nl',
    stem: (word) => PorterStemmerNl.stem(word),
    refold: identity,
    stopwords: NL_STOP,
    noise: union(SHARED_NOISE, NL_NOISE, PLACES),
    abbreviations: NL_ABBREVIATIONS,
    fixedRules: [],
    genderRules: NL_GENDER,
    respell: respellDutch,
    verbEndings: ['t'],
    linkingElements: ['s', 'e', 'en', '-'],
  },
  de: {
    lang: 'de',
    stem: (word) => PorterStemmerDe.stem(word),
    refold: refoldGerman,
    stopwords: DE_STOP,
    noise: union(SHARED_NOISE, DE_NOISE, PLACES),
    abbreviations: DE_ABBREVIATIONS,
    fixedRules: DE_FIXED,
    genderRules: DE_GENDER,
    respell: noRespelling,
    verbEndings: ['et', 'st', 't'],
    linkingElements: ['s', 'es', 'n', 'en', 'e', 'er', '-'],
  },
  en: {
    lang: 'en',
    stem: (word) => PorterStemmerEn.stem(word),
    refold: identity,
    stopwords: EN_STOP,
    noise: union(SHARED_NOISE, EN_NOISE, PLACES),
    abbreviations: EN_ABBREVIATIONS,
    fixedRules: [],
    genderRules: EN_GENDER,
    respell: noRespelling,
    verbEndings: [],
    linkingElements: [],
  },
  und: {
    lang: 'und',
    stem: identity,
    refold: identity,
    stopwords: union(NL_STOP, DE_STOP, EN_STOP, OTHER_STOP),
    noise: union(SHARED_NOISE, NL_NOISE, DE_NOISE, EN_NOISE, PLACES),
    abbreviations: new Map(),
    fixedRules: [],
    genderRules: [],
    respell: noRespelling,
    verbEndings: [],
    linkingElements: ['s', '-'],
  },
};

export function languageProfile(
  lang: LinkerLanguage,
  extraNoise?: Iterable<string>,
): LanguageProfile {
  const base = PROFILES[lang] ?? PROFILES.und;
  if (!extraNoise) return base;
  return { ...base, noise: union(base.noise, new Set(extraNoise)) };
}

function union(...sets: ReadonlySet<string>[]): Set<string> {
  const out = new Set<string>();
  for (const set of sets) for (const value of set) out.add(value);
  return out;
}
