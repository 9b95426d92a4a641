import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Option } from '../components/Typeahead';
import { ok, registry } from './client';

type Lang = 'nl' | 'de' | 'en';
const asLang = (language: string): Lang =>
  language === 'de' || language === 'en' ? language : 'nl';

/**
 * Labels of ESCO concepts this page has seen (typeahead answers, suggestions, explanations), so
 * that a chosen skill shows its label and never its URI.
 */
const labels = new Map<string, string>();
export const rememberLabel = (uri: string, label: string) => labels.set(uri, label);
export const labelOf = (uri: string): string | undefined => labels.get(uri);

/** The registry answers at most this many URIs per look-up. */
const LOOK_UP_BATCH = 200;

/**
 * Looks up the labels of saved occupations and skills (`GET /taxonomy/concepts`) in the page's
 * language (else English) and remembers them, so {@link labelOf} knows them.
 */
export async function lookUpLabels(
  uris: readonly string[],
  language: string,
): Promise<Map<string, string>> {
  const unique = [...new Set(uris)];
  const found = new Map<string, string>();
  for (let i = 0; i < unique.length; i += LOOK_UP_BATCH) {
    const answer = await ok(
      registry.GET('/taxonomy/concepts', {
        params: { query: { uri: unique.slice(i, i + LOOK_UP_BATCH), lang: asLang(language) } },
      }),
    );
    for (const item of answer.items) {
      rememberLabel(item.uri, item.label);
      found.set(item.uri, item.label);
    }
  }
  return found;
}

/**
 * The labels of saved concepts in the page's language; `waiting` while the first answer is on its
 * way (a failed look-up does not hold a page up: it shows its fallback text).
 */
export function useConceptLabels(uris: readonly string[]) {
  const { i18n } = useTranslation();
  const sorted = [...new Set(uris)].sort();
  const query = useQuery({
    queryKey: ['registry', 'taxonomy', 'concepts', asLang(i18n.language), sorted],
    queryFn: () => lookUpLabels(sorted, i18n.language),
    enabled: sorted.length > 0,
    staleTime: Infinity,
  });
  return {
    waiting: sorted.length > 0 && query.isPending,
    labelOf: (uri: string): string | undefined => query.data?.get(uri) ?? labelOf(uri),
  };
}

/** Occupations ranked as the vacancy linker ranks them, labelled in the page's language. */
export async function searchOccupations(q: string, language: string): Promise<Option[]> {
  const found = await ok(
    registry.GET('/taxonomy/occupations', {
      params: { query: { q, lang: asLang(language), limit: 8 } },
    }),
  );
  return found.items.map((item) => {
    rememberLabel(item.uri, item.label);
    return {
      value: item.uri,
      label: item.label,
      hint: item.matchedLabel !== item.label ? item.matchedLabel : undefined,
    };
  });
}

export async function searchSkills(q: string, language: string): Promise<Option[]> {
  const found = await ok(
    registry.GET('/taxonomy/skills', {
      params: { query: { q, lang: asLang(language), limit: 8 } },
    }),
  );
  return found.items.map((item) => {
    rememberLabel(item.uri, item.label);
    return { value: item.uri, label: item.label };
  });
}

/** NLQF and DQR qualifications with their EQF level (from the portal server, the engine's table). */
export interface Qualification {
  code: string;
  country: 'NL' | 'DE';
  eqf: number;
  nationalLevel: string | null;
  names: { nl: string; de: string; en: string };
}

export async function qualifications(): Promise<Qualification[]> {
  const response = await fetch('/portal/qualifications.json');
  if (!response.ok) throw new Error(`qualifications: HTTP ${response.status}`);
  return (await response.json()) as Qualification[];
}
