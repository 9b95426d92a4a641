import { TaxonomyService } from '@wt/taxonomy';
import { areaByCode } from './core/areas';
import { GroupLevel } from './core/insight-picture';
import { InsightLanguage } from './insight.types';

const ISCO_URI = 'http://data.europa.eu/esco/isco/C';

/** The ESCO concept URI of a group key: an ISCO-08 group, or the occupation itself. */
export function groupUri(level: GroupLevel, key: string): string {
  return level === 'occupation' ? key : `${ISCO_URI}${key}`;
}

export function municipalityName(code: string | null): string | null {
  return code === null ? null : (areaByCode(code)?.name ?? code);
}

/** Preferred labels of concepts, one lookup; a concept without a label reads as `fallback`. */
export async function labeller(
  taxonomy: TaxonomyService,
  uris: Iterable<string>,
  lang: InsightLanguage,
): Promise<(uri: string, fallback?: string) => string> {
  const labels = await taxonomy.preferredLabels([...new Set(uris)], lang);
  return (uri, fallback = uri) => labels.get(uri) ?? fallback;
}
