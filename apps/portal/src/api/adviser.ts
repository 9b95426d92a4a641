import type { components } from './registry';

export type Vacancy = components['schemas']['VacancyResponseDto'];
export type VacancyPage = components['schemas']['VacancyPageDto'];
export type ImportReport = components['schemas']['ImportReportDto'];
export type RowError = components['schemas']['RowErrorDto'];

/** `GET /vacancies/:id/matches/:seekerId/explain`: why a pair is, or is not, on the list. */
export type PairExplanation = components['schemas']['PairExplanationDto'];

/**
 * A refused upload answers 400 with one sentence per refused field (`line 3: hoursMin must ...`);
 * this turns them into table rows. Sentences about the whole file stay apart.
 */
export function uploadErrors(messages: string[]): { rows: RowError[]; file: string[] } {
  const rows: RowError[] = [];
  const file: string[] = [];
  for (const message of messages) {
    const found = /^(?:line|row) (\d+): (\S+) (.*)$/s.exec(message);
    if (found) rows.push({ row: Number(found[1]), field: found[2], message: found[3] });
    else file.push(message);
  }
  return { rows, file };
}
