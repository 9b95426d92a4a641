/**
 * CEFR language levels, used for the German language requirement of cross-border vacancies
 * (regulated professions such as nursing often need B2).
 */
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

export function isCefrLevel(value: unknown): value is CefrLevel {
  return typeof value === 'string' && (CEFR_LEVELS as readonly string[]).includes(value);
}

/** `b2`, ` B2 ` -> `B2`; anything that is not one of the six levels (`B3`, `B2+`, `native`) -> null. */
export function parseCefr(input: string): CefrLevel | null {
  const level = input.trim().toUpperCase();
  return isCefrLevel(level) ? level : null;
}

/** 1 for A1 up to 6 for C2. */
export function cefrRank(level: CefrLevel): number {
  return CEFR_LEVELS.indexOf(level) + 1;
}

/** Negative when a is lower than b, 0 when equal, positive when higher; usable with Array.sort. */
export function compareCefr(a: CefrLevel, b: CefrLevel): number {
  return cefrRank(a) - cefrRank(b);
}

/** No requirement is always met; a requirement with no known level is not. */
export function meetsCefr(
  have: CefrLevel | null | undefined,
  need: CefrLevel | null | undefined,
): boolean {
  if (!need) return true;
  if (!have) return false;
  return compareCefr(have, need) >= 0;
}

/**
 * The well-formed `{language, level}` entries of a stored list: what matching reads. A row an
 * older validation let through (`[{}]`, `null`, a number for a language) loses only its bad
 * entries; a language given twice counts once, the first time.
 */
export function wellFormedLanguages(
  stored: unknown,
): Array<{ language: string; level: CefrLevel }> {
  if (!Array.isArray(stored)) return [];
  const seen = new Set<string>();
  const kept: Array<{ language: string; level: CefrLevel }> = [];
  for (const entry of stored as Array<{ language?: unknown; level?: unknown } | null>) {
    const language = entry?.language;
    if (typeof language !== 'string' || language.trim() === '' || !isCefrLevel(entry?.level))
      continue;
    if (seen.has(language.toLowerCase())) continue;
    seen.add(language.toLowerCase());
    kept.push({ language, level: entry.level });
  }
  return kept;
}

/** The non-empty strings of a stored list (a `text[]` may hold NULLs, a jsonb list anything). */
export function stringsOf(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  return (stored as unknown[]).filter(
    (value): value is string => typeof value === 'string' && value !== '',
  );
}
