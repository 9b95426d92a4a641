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
