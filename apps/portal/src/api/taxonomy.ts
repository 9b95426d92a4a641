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

/** Occupations ranked as the vacancy linker ranks them, labelled in the page's language. */
export async function searchOccupations(q: string, language: string): Promise<Option[]> {
  const found = await ok(
    registry.GET('/taxonomy/occupations', { params: { query: { q, lang: asLang(language), limit: 8 } } }),
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
    registry.GET('/taxonomy/skills', { params: { query: { q, lang: asLang(language), limit: 8 } } }),
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
