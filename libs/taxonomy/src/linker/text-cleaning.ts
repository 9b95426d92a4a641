import { LanguageProfile } from './language-profiles';

/**
 * Lower case without diacritics or soft hyphens. Umlauts fold to the bare vowel (ä -> a) rather
 * than to `ae`: the German stemmer does the same, and `Koch/Köchin` must still look like one word
 * pair. The German profile then also folds a typed `ae` to `a` (see `refold`).
 */
export function foldText(text: string): string {
  return text
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/ẞ/g, 'SS')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** A word of a cleaned text; `truncated` marks `Chemie-` in `Chemie- und Verfahrenstechniker`. */
export interface CleanToken {
  text: string;
  truncated: boolean;
  /** Offsets in the text the word was read from, to report matched spans. */
  start: number;
  end: number;
}

const FEMININE_ENDINGS = [
  'in',
  'innen',
  'frau',
  'frauen',
  'e',
  'iere',
  'euse',
  'rice',
  'ster',
  'es',
  'woman',
  'ess',
];

/** `kochin` for `koch`, `kauffrau` for `kaufmann`, `technische` for `technischer`. */
export function isGenderVariant(a: string, b: string): boolean {
  if (a === b) return true;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p += 1;
  if (p < 3 || a.length - p > 4) return false;
  const rest = b.slice(p);
  if (rest === '') return a.length - p <= 2;
  return FEMININE_ENDINGS.some(
    (ending) => rest.endsWith(ending) && rest.length - ending.length <= 2,
  );
}

const firstWord = (segment: string): string => /\p{L}+/u.exec(segment)?.[0] ?? '';
const lastWord = (segment: string): string => /(\p{L}+)[^\p{L}]*$/u.exec(segment)?.[1] ?? '';
const wordCount = (segment: string): number => segment.match(/\p{L}+/gu)?.length ?? 0;

/**
 * Slash pairs: `Koch/Köchin` and `Technischer Leiter .../Technische Leiterin ...` keep one gender,
 * `Maler/Lackierer` keeps both words, `Umwelt-/Sicherheitstechniker` keeps the truncated modifier.
 */
function resolveSlashes(text: string): string {
  const segments = text.split('/');
  let out = segments[0];
  for (let i = 1; i < segments.length; i += 1) {
    const segment = segments[i];
    const previous = segments[i - 1];
    if (/-\s*$/.test(previous)) {
      out += ' ' + segment;
      continue;
    }
    const head = firstWord(segment);
    if (head && wordCount(segment) > 1 && wordCount(segment) === wordCount(segments[0])) {
      if (isGenderVariant(firstWord(segments[0]), head)) continue;
    }
    if (head && isGenderVariant(lastWord(previous), head)) {
      out += ' ' + segment.replace(/^[^\p{L}]*\p{L}+/u, '');
      continue;
    }
    out += ' ' + segment;
  }
  return out;
}

/** Gender notations and markers that have no word in them worth matching. */
function stripGenderNotation(folded: string): string {
  return (
    folded
      // (m/w/d), (m/v/x), m/v, (w/m/d), (h/f)
      .replace(/\(\s*[mwvdfhxi](?:\s*[/|,.]\s*[mwvdfhxi]){1,3}\s*\)/g, ' ')
      .replace(/(^|[^\p{L}])[mwvdfhx](?:\s*[/|]\s*[mwvdfhx]){1,3}(?![\p{L}])/gu, '$1 ')
      // Techniker/in, Techniker/-in, Techniker*in, Techniker:in, Techniker_innen, Techniker(in)
      .replace(/(\p{L})\s*(?:\/-?|\*|:|_|\(-?)\s*(?:in|innen)\b\)?/gu, '$1')
      // Landwirtschaftlich(er)e, Gehilf(e)in, Mitarbeiter(innen)
      .replace(/(\p{L})\((?:e|er|en|n|r|s|es|in|innen)\)/gu, '$1')
      // Kaufmann/-frau, Stuntman/-woman
      .replace(/\/\s*-\s*\p{L}+/gu, ' ')
  );
}

/**
 * Folds a title and splits it into words, with gender notation, abbreviations, numbers,
 * punctuation and the profile's noise words removed. Stopwords stay: callers weigh them.
 */
export function cleanTitle(raw: string, profile: LanguageProfile): CleanToken[] {
  // The Binnen-I (MitarbeiterInnen) is only visible before lower-casing.
  const withoutBinnenI = raw.replace(/(\p{Ll})(?:\/|\*|:|_)?In(?:nen)?(?![\p{L}])/gu, '$1');
  // Contract terms that span two words in any of the languages: full-time, part time.
  const folded = profile
    .refold(foldText(withoutBinnenI))
    .replace(/\b(?:full|part)[\s-]?time\b/g, ' ');
  return tokenize(resolveSlashes(stripGenderNotation(folded)), profile, false);
}

/**
 * Words of a running text with offsets into the raw text, so a match can be quoted as written.
 * Folding per word keeps the offsets; slash pairs need no resolving because words match one by one.
 */
export function cleanDescription(raw: string, profile: LanguageProfile): CleanToken[] {
  return tokenize(raw, profile, true);
}

function tokenize(text: string, profile: LanguageProfile, foldWords: boolean): CleanToken[] {
  const tokens: CleanToken[] = [];
  // Words with inner hyphens are split; a trailing hyphen marks a truncated compound modifier.
  const pattern = /\p{L}[\p{L}\p{M}\p{N}'’]*(?:-(?=\s|$|[,&+]))?/gu;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    let word = match[0].replace(/['’]/g, '');
    if (foldWords) word = profile.refold(foldText(word));
    const truncated = word.endsWith('-');
    if (truncated) word = word.slice(0, -1);
    word = word.replace(/\p{N}+/gu, '');
    if (!word) continue;
    const expanded = profile.abbreviations.get(word);
    if (expanded === undefined && profile.noise.has(word)) continue;
    const start = match.index;
    const end = start + match[0].length;
    for (const part of (expanded ?? word).split(' '))
      tokens.push({ text: part, truncated, start, end });
  }
  return joinSingleLetters(tokens, text);
}

/**
 * `e-commerce` and `ecommerce` should meet, so a lone letter hyphenated to the next word joins it.
 * Other lone letters (`w` in Polish, `y` in Spanish, initials) are dropped.
 */
function joinSingleLetters(tokens: CleanToken[], text: string): CleanToken[] {
  const out: CleanToken[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (
      token.text.length === 1 &&
      next &&
      next.start === token.end + 1 &&
      text[token.end] === '-'
    ) {
      tokens[i + 1] = { ...next, text: token.text + next.text, start: token.start };
      continue;
    }
    if (token.text.length > 1) out.push(token);
  }
  return out;
}
