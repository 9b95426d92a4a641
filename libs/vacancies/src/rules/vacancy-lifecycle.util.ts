import type { VacancyStatus } from '../vacancy.types';

export type VacancyAction = 'publish' | 'fill' | 'close' | 'expire';

const TRANSITIONS: Record<VacancyAction, { from: readonly VacancyStatus[]; to: VacancyStatus }> = {
  publish: { from: ['draft'], to: 'published' },
  fill: { from: ['published'], to: 'filled' },
  // Withdrawing a draft closes it as well.
  close: { from: ['draft', 'published'], to: 'closed' },
  expire: { from: ['published'], to: 'expired' },
};

const EDITABLE: readonly VacancyStatus[] = ['draft', 'published'];

/**
 * The status a reader sees: a published vacancy whose closing date has passed is expired, even
 * before the sweep has written that down.
 */
export function effectiveStatus(
  status: VacancyStatus,
  closingDate: string | null,
  today: string,
): VacancyStatus {
  return status === 'published' && closingDate !== null && closingDate < today ? 'expired' : status;
}

/** The status an action leads to, or why it cannot be taken from the current (effective) status. */
export function transition(
  current: VacancyStatus,
  action: VacancyAction,
): { to: VacancyStatus } | { refused: string } {
  const rule = TRANSITIONS[action];
  if (rule.from.includes(current)) return { to: rule.to };
  return {
    refused: `${withArticle(current)} vacancy cannot be ${pastTense(action)}; only ${withArticle(rule.from.join(' or '))} one can`,
  };
}

export function isEditable(status: VacancyStatus): boolean {
  return EDITABLE.includes(status);
}

/** `a draft`, `an expired`. */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

function pastTense(action: VacancyAction): string {
  return { publish: 'published', fill: 'filled', close: 'closed', expire: 'expired' }[action];
}
