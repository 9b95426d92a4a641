import { SeekerForMatching } from './matching.types';

const EMPTY: never[] = [];

/**
 * Shares the parts many profiles have in common (the same occupation entries, language levels,
 * empty lists), so a million profiles fit in the worker's memory.
 */
export class SeekerInterner {
  private readonly occupations = new Map<string, { uri: string; isco: string | null }>();
  private readonly languages = new Map<
    string,
    { language: string; level: SeekerForMatching['languages'][number]['level'] }
  >();
  private readonly lists = new Map<string, string[]>();

  compact(s: SeekerForMatching): SeekerForMatching {
    return {
      ...s,
      occupations:
        s.occupations.length === 0 ? EMPTY : s.occupations.map((o) => this.occupation(o)),
      languages: s.languages.length === 0 ? EMPTY : s.languages.map((l) => this.language(l)),
      drivingLicences: this.list(s.drivingLicences),
      certificates: this.list(s.certificates),
      experience: s.experience.length === 0 ? EMPTY : s.experience,
    };
  }

  private occupation(o: { uri: string; isco: string | null }) {
    const key = `${o.uri}|${o.isco}`;
    let shared = this.occupations.get(key);
    if (!shared) this.occupations.set(key, (shared = { uri: o.uri, isco: o.isco }));
    return shared;
  }

  private language(l: SeekerForMatching['languages'][number]) {
    const key = `${l.language}|${l.level}`;
    let shared = this.languages.get(key);
    if (!shared) this.languages.set(key, (shared = { language: l.language, level: l.level }));
    return shared;
  }

  /** Short code lists (licences, certificates) repeat across profiles; share each distinct one. */
  private list(items: string[]): string[] {
    if (items.length === 0) return EMPTY;
    const key = items.join('\u0001');
    let shared = this.lists.get(key);
    if (!shared) this.lists.set(key, (shared = [...items]));
    return shared;
  }
}
