import type { TaxonomyLanguage, TaxonomyService } from '@wt/taxonomy';

/** The taxonomy questions a vacancy's preparation asks. */
export type TaxonomyLookups = Pick<
  TaxonomyService,
  | 'findUnknownOccupations'
  | 'findUnknownSkills'
  | 'getOccupation'
  | 'resolveOccupation'
  | 'extractSkills'
  | 'preferredLabels'
>;

type ConceptKind = 'occupation' | 'skill';

/**
 * The same answers, each question asked once per batch: the rows of an uploaded file mostly name
 * the same few occupations and skills, and asking the database per row made 5,000 rows a minute.
 * Lives as long as one import, so a taxonomy import in between is seen by the next file.
 */
export class BatchTaxonomyLookups implements TaxonomyLookups {
  private readonly known = new Map<string, boolean>();
  private readonly answers = new Map<string, Promise<unknown>>();

  constructor(private readonly taxonomy: TaxonomyLookups) {}

  findUnknownOccupations(uris: readonly string[]): Promise<string[]> {
    return this.findUnknown('occupation', uris);
  }

  findUnknownSkills(uris: readonly string[]): Promise<string[]> {
    return this.findUnknown('skill', uris);
  }

  getOccupation(uri: string): ReturnType<TaxonomyService['getOccupation']> {
    return this.once(`occupation ${uri}`, () => this.taxonomy.getOccupation(uri));
  }

  resolveOccupation(
    text: string,
    lang: TaxonomyLanguage,
    limit?: number,
  ): ReturnType<TaxonomyService['resolveOccupation']> {
    return this.once(`link ${lang} ${limit} ${text}`, () =>
      this.taxonomy.resolveOccupation(text, lang, limit),
    );
  }

  preferredLabels(
    uris: readonly string[],
    lang: TaxonomyLanguage,
  ): ReturnType<TaxonomyService['preferredLabels']> {
    return this.once(`labels ${lang} ${uris.join(' ')}`, () =>
      this.taxonomy.preferredLabels(uris, lang),
    );
  }

  extractSkills(
    text: string,
    lang: TaxonomyLanguage,
  ): ReturnType<TaxonomyService['extractSkills']> {
    return this.once(`skills ${lang} ${text}`, () => this.taxonomy.extractSkills(text, lang));
  }

  private async findUnknown(kind: ConceptKind, uris: readonly string[]): Promise<string[]> {
    const key = (uri: string) => `${kind} ${uri}`;
    const unasked = [...new Set(uris)].filter((uri) => !this.known.has(key(uri)));
    if (unasked.length > 0) {
      const unknown = new Set(
        kind === 'occupation'
          ? await this.taxonomy.findUnknownOccupations(unasked)
          : await this.taxonomy.findUnknownSkills(unasked),
      );
      for (const uri of unasked) this.known.set(key(uri), !unknown.has(uri));
    }
    return [...new Set(uris)].filter((uri) => this.known.get(key(uri)) === false);
  }

  private once<T>(key: string, ask: () => Promise<T>): Promise<T> {
    let answer = this.answers.get(key) as Promise<T> | undefined;
    if (!answer) {
      answer = ask();
      this.answers.set(key, answer);
    }
    return answer;
  }
}
