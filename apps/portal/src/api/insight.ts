import { sessionStore } from '../auth/session';
import type { components } from './registry';

export type Tightness = components['schemas']['TightnessDto'];
export type TightnessRow = components['schemas']['TightnessRowDto'];
export type Unserved = components['schemas']['UnservedDto'];
export type BlockingSkills = components['schemas']['BlockingSkillsDto'];
export type SchoolLeavers = components['schemas']['SchoolLeaversDto'];
export type Trend = components['schemas']['TrendDto'];
export type Band = NonNullable<TightnessRow['bandNow']>;
export const BANDS: Band[] = ['very-ample', 'ample', 'balanced', 'tight', 'very-tight'];

/** The API types nullable counts as `Record<string, never>`; they are numbers or null. */
export const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
export const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Downloads `/api/registry/insight/<figure>?format=csv&...` as a file (the token stays in memory). */
export async function downloadCsv(figure: string, query: Record<string, string>): Promise<void> {
  const session = sessionStore.get();
  const params = new URLSearchParams({ ...query, format: 'csv' });
  const response = await fetch(`/api/registry/insight/${figure}?${params}`, {
    headers: session ? { authorization: `Bearer ${session.token}` } : {},
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `werkplein-twente-${figure}-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
