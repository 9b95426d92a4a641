/**
 * Names to lookup keys: case, diacritics, apostrophes and punctuation do not matter, so
 * `'s-Hertogenbosch`, `s Hertogenbosch` and `’S-HERTOGENBOSCH` share one key.
 */
export function placeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/['’`´.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** German umlauts written out (`Münster` -> `muenster`), so both spellings find the place. */
export function transliteratedKey(name: string): string | undefined {
  if (!/[äöüÄÖÜ]/.test(name)) return undefined;
  return placeKey(name.replace(/[äÄ]/g, 'ae').replace(/[öÖ]/g, 'oe').replace(/[üÜ]/g, 'ue'));
}

// Names the data spells one way and people another; the first of each group is what the key maps to.
const ALIAS_GROUPS: string[][] = [
  ['den haag', 's gravenhage', 'the hague'],
  ['s hertogenbosch', 'den bosch', 'hertogenbosch'],
  ['koln', 'keulen', 'cologne'],
  ['munchen', 'munich'],
  ['bad bentheim', 'bentheim'],
  ['westerhaar vriezenveensewijk', 'westerhaar'],
  // Twente municipalities not named after a town: their seat.
  ['goor', 'hof van twente'],
  ['denekamp', 'dinkelland'],
  ['vriezenveen', 'twenterand'],
  ['rijssen', 'rijssen holten'],
];
const CANONICAL = new Map(ALIAS_GROUPS.flatMap(([first, ...rest]) => rest.map((a) => [a, first])));

const VARIANTS = new Map(ALIAS_GROUPS.map(([first, ...rest]) => [first, rest]));

/** The other spellings of a canonical key, for the typeahead. */
export function variantsOfKey(key: string): string[] {
  return VARIANTS.get(key) ?? [];
}

/** The key a spelling variant maps to (`den bosch` -> `s hertogenbosch`). */
export function canonicalKey(key: string): string {
  return CANONICAL.get(key) ?? key;
}

/** Every key a place is found by. */
export function keysOfName(name: string): string[] {
  const keys = [canonicalKey(placeKey(name))];
  const transliterated = transliteratedKey(name);
  if (transliterated && transliterated !== keys[0]) keys.push(canonicalKey(transliterated));
  return keys;
}

export interface QualifiedName {
  /** The whole name as a key. */
  key: string;
  /** Without a trailing qualifier: `Hengelo (Ov.)`, `Münster/Westf.`, `Goor, Overijssel`. */
  base?: string;
  qualifier?: string;
  /** A bracketed or separated qualifier may be dropped; a last word only if it names a region. */
  droppable?: boolean;
}

const QUALIFIER_FORMS = [/^(.+?)\s*\(([^)]*)\)\s*$/, /^(.+?)\s*[/,]\s*([^/,]+)$/, /^(.+)\s+(\S+)$/];

/** Splits off what may be a province, state or river suffix; the caller decides what it means. */
export function splitQualifier(name: string): QualifiedName {
  const key = canonicalKey(placeKey(name));
  for (const [index, form] of QUALIFIER_FORMS.entries()) {
    const match = form.exec(name.trim());
    if (match) {
      const base = canonicalKey(placeKey(match[1]));
      return { key, base, qualifier: placeKey(match[2]), droppable: index < 2 };
    }
  }
  return { key };
}
