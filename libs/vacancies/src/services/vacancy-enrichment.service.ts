import { Inject, Injectable } from '@nestjs/common';
import { GeoService } from '@wt/geo';
import { TaxonomyService } from '@wt/taxonomy';
import type { VacancyFields } from '../rules/vacancy-fields.util';
import { BatchTaxonomyLookups, TaxonomyLookups } from './batch-taxonomy.lookups';
import type {
  Country,
  FieldError,
  OccupationAlternative,
  OccupationReview,
  OccupationSource,
  SkillSuggestion,
  TextLanguage,
} from '../vacancy.types';

export interface ResolvedOccupation {
  occupationUri: string | null;
  occupationLabel: string | null;
  occupationSource: OccupationSource | null;
  occupationConfidence: number | null;
  occupationReview: OccupationReview | null;
  occupationAlternatives: OccupationAlternative[];
  iscoGroup: string | null;
}

export interface ResolvedLocation {
  latitude: number;
  longitude: number;
  locationLabel: string;
  workPostcode: string | null;
}

/** Suggestions below this linker score are more noise than help to the poster. */
const MIN_SUGGESTION_SCORE = 0.5;
const MAX_SUGGESTIONS = 15;

/**
 * A linked occupation below this confidence goes to an adviser. The confidence is calibrated on
 * ESCO pseudo-queries (`npm run linker:eval`, `calibration`), and this is the threshold that best
 * separates right first links from wrong ones there (`review_threshold`): 78% right above it,
 * 46% below; it flags 44% of the held-out labels and 66% of the wrong links.
 */
export const OCCUPATION_REVIEW_THRESHOLD = 0.65;
/** How many other candidates an adviser is shown for a link under review. */
export const OCCUPATION_ALTERNATIVES = 5;

const NO_OCCUPATION: ResolvedOccupation = {
  occupationUri: null,
  occupationLabel: null,
  occupationSource: null,
  occupationConfidence: null,
  occupationReview: null,
  occupationAlternatives: [],
  iscoGroup: null,
};

/**
 * What the registry asks of the taxonomy and geo contexts: are these ESCO concepts, which
 * occupation does a title name, which skills does a description mention, where is this place.
 */
@Injectable()
export class VacancyEnrichmentService {
  constructor(
    @Inject(TaxonomyService) private readonly taxonomy: TaxonomyLookups,
    private readonly geo: GeoService,
  ) {}

  /** The same service asking each taxonomy question once, for the rows of one import. */
  forBatch(): VacancyEnrichmentService {
    return new VacancyEnrichmentService(new BatchTaxonomyLookups(this.taxonomy), this.geo);
  }

  /** Unknown ESCO URIs, each named by the field (and list position) it came from. */
  async findUnknownConcepts(
    f: Pick<VacancyFields, 'occupationUri' | 'requiredSkills' | 'optionalSkills'>,
  ): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    if (f.occupationUri) {
      const unknown = await this.taxonomy.findUnknownOccupations([f.occupationUri]);
      if (unknown.length > 0) {
        errors.push({
          field: 'occupationUri',
          message: `${f.occupationUri} is not a known ESCO occupation`,
        });
      }
    }
    for (const field of ['requiredSkills', 'optionalSkills'] as const) {
      const unknown = new Set(await this.taxonomy.findUnknownSkills(f[field]));
      f[field].forEach((uri, index) => {
        if (unknown.has(uri)) {
          errors.push({ field: `${field}.${index}`, message: `${uri} is not a known ESCO skill` });
        }
      });
    }
    return errors;
  }

  /** A given occupation with its label and ISCO group. */
  async describeOccupation(
    uri: string,
    language: TextLanguage,
    source: OccupationSource,
  ): Promise<ResolvedOccupation> {
    const occupation = await this.taxonomy.getOccupation(uri);
    const label =
      occupation?.labels.find((l) => l.lang === language && l.kind === 'preferred') ??
      occupation?.labels.find((l) => l.kind === 'preferred');
    return {
      occupationUri: uri,
      occupationLabel: label?.label ?? null,
      occupationSource: source,
      occupationConfidence: null,
      occupationReview: null,
      occupationAlternatives: [],
      iscoGroup: occupation?.iscoGroup ?? null,
    };
  }

  /**
   * The occupation the title names, by the taxonomy linker, with its score as confidence. Extra
   * texts (the Bundesagentur's own occupation name, `beruf`) are tried too; the best score per
   * occupation wins. Below {@link OCCUPATION_REVIEW_THRESHOLD} the link is marked for review with
   * the next candidates.
   */
  async linkOccupation(
    title: string,
    language: TextLanguage,
    hints: readonly string[] = [],
  ): Promise<ResolvedOccupation> {
    const candidates = new Map<string, number>();
    for (const text of [title, ...hints]) {
      for (const hit of await this.taxonomy.resolveOccupation(
        text,
        language,
        OCCUPATION_ALTERNATIVES + 1,
      )) {
        candidates.set(hit.uri, Math.max(hit.score, candidates.get(hit.uri) ?? 0));
      }
    }
    const ranked = [...candidates].sort((a, b) => b[1] - a[1]);
    if (ranked.length === 0) return NO_OCCUPATION;
    const [[uri, score], ...others] = ranked;
    const described = await this.describeOccupation(uri, language, 'linked');
    const confidence = Math.round(score * 1000) / 1000;
    if (confidence >= OCCUPATION_REVIEW_THRESHOLD)
      return { ...described, occupationConfidence: confidence };
    const next = others.slice(0, OCCUPATION_ALTERNATIVES);
    const labels = await this.taxonomy.preferredLabels(
      next.map(([u]) => u),
      language,
    );
    return {
      ...described,
      occupationConfidence: confidence,
      occupationReview: 'needed',
      occupationAlternatives: next.map(([u, s]) => ({
        uri: u,
        label: labels.get(u) ?? u,
        score: Math.round(s * 1000) / 1000,
      })),
    };
  }

  /** Skills the description mentions that the poster has not listed yet, for confirmation. */
  async suggestSkills(
    text: string,
    language: TextLanguage,
    listed: readonly string[],
  ): Promise<SkillSuggestion[]> {
    const known = new Set(listed);
    const mentions = await this.taxonomy.extractSkills(text, language);
    const best = new Map<string, SkillSuggestion>();
    for (const m of mentions) {
      if (known.has(m.uri) || m.score < MIN_SUGGESTION_SCORE) continue;
      const previous = best.get(m.uri);
      if (!previous || previous.score < m.score) {
        best.set(m.uri, {
          uri: m.uri,
          label: m.label,
          score: Math.round(m.score * 1000) / 1000,
          matchedText: m.matchedText,
        });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score).slice(0, MAX_SUGGESTIONS);
  }

  /** Coordinates of the work location: given ones, else the postcode's area, else the place. */
  locateWork(
    f: Pick<VacancyFields, 'workPlace' | 'workPostcode' | 'country' | 'latitude' | 'longitude'>,
  ): ResolvedLocation | FieldError {
    if (f.workPostcode && !this.locate(f.country, f.workPostcode)) {
      return {
        field: 'workPostcode',
        message: `${f.workPostcode} is not a known postcode in ${countryName(f.country)}`,
      };
    }
    if (f.latitude !== null && f.longitude !== null) {
      return {
        latitude: f.latitude,
        longitude: f.longitude,
        locationLabel: f.workPlace ?? f.workPostcode ?? `${f.latitude}, ${f.longitude}`,
        workPostcode: f.workPostcode,
      };
    }
    const found = this.locate(f.country, f.workPostcode, f.workPlace);
    if (!found) {
      const field = f.workPostcode && !f.workPlace ? 'workPostcode' : 'workPlace';
      const value = field === 'workPostcode' ? f.workPostcode : f.workPlace;
      return { field, message: `${value} is not a known place in ${countryName(f.country)}` };
    }
    return {
      latitude: found.lat,
      longitude: found.lon,
      locationLabel: found.label,
      workPostcode: found.postcode ?? f.workPostcode,
    };
  }

  /** A search point: a postcode or place name. */
  locate(country: Country, postcode?: string | null, place?: string | null) {
    const byPostcode = postcode ? this.geo.locate({ postcode, country }) : undefined;
    return byPostcode ?? (place ? this.geo.locate({ place, country }) : undefined);
  }
}

function countryName(country: Country): string {
  return country === 'DE' ? 'Germany' : 'the Netherlands';
}
