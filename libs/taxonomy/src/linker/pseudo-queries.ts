import { LabelEntry, LinkerLanguage } from './linker.types';
import { foldText, isGenderVariant } from './text-cleaning';

/** A label held out of the index and searched for: the concept it belongs to is the answer. */
export interface PseudoQuery {
  text: string;
  lang: LinkerLanguage;
  uri: string;
}

export interface PseudoQuerySet {
  queries: PseudoQuery[];
  /** The entries without the held-out labels (nor their duplicates within the concept). */
  entries: LabelEntry[];
}

/**
 * A development signal that is no benchmark: for a seeded sample of concepts per language, one
 * alternative or hidden label is taken out of the index and searched for, together with its
 * gendered siblings (`Inspizientin` goes with `Inspizient`: otherwise the query finds itself). A
 * concept is sampled only when it keeps at least one other label in that language, so every query
 * has an answer.
 */
export function holdOutLabels(
  entries: readonly LabelEntry[],
  languages: readonly LinkerLanguage[],
  perLanguage: number,
  seed: number,
): PseudoQuerySet {
  const random = seededRandom(seed);
  const held = new Set<string>();
  const queries: PseudoQuery[] = [];
  for (const lang of languages) {
    const byConcept = new Map<string, LabelEntry[]>();
    for (const entry of entries) {
      if (entry.lang !== lang) continue;
      const group = byConcept.get(entry.conceptUri);
      if (group) group.push(entry);
      else byConcept.set(entry.conceptUri, [entry]);
    }
    const eligible = [...byConcept.entries()].filter(([, labels]) => {
      const distinct = new Set(labels.map((l) => foldText(l.label)));
      return distinct.size >= 2 && labels.some((l) => l.kind !== 'preferred');
    });
    shuffle(eligible, random);
    const start = queries.length;
    for (const [uri, labels] of eligible) {
      if (queries.length - start >= perLanguage) break;
      const candidates = labels.filter((l) => l.kind !== 'preferred');
      const chosen = candidates[Math.floor(random() * candidates.length)];
      const siblings = candidates.filter((l) => sameButGender(l.label, chosen.label));
      const kept = labels.filter((l) => !siblings.includes(l));
      if (kept.length === 0) continue;
      for (const sibling of siblings) held.add(key(lang, uri, sibling.label));
      queries.push({ text: chosen.label, lang, uri });
    }
  }
  return { queries, entries: entries.filter((e) => !held.has(key(e.lang, e.conceptUri, e.label))) };
}

const words = (label: string): string[] =>
  foldText(label)
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/** The same words, up to feminine and masculine forms. */
function sameButGender(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  return (
    x.length === y.length &&
    x.every((word, i) => isGenderVariant(word, y[i]) || isGenderVariant(y[i], word))
  );
}

const key = (lang: string, uri: string, label: string): string =>
  `${lang}\u0000${uri}\u0000${foldText(label).trim()}`;

/** mulberry32: small, fast and the same sample on every machine for the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}
