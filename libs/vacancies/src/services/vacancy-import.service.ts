import { Injectable } from '@nestjs/common';
import type { Principal } from '@wt/auth';
import { DataSource } from 'typeorm';
import type { VacancyEntity } from '../entities/vacancy.entity';
import { VacancyRepository } from '../repositories/vacancy.repository';
import type { FieldError, VacancyInput } from '../vacancy.types';
import { VacanciesService } from './vacancies.service';
import { VacancyMatchQueue } from './vacancy-match-queue.service';

/** One row of an uploaded file: what it says, or why it could not even be read. */
export interface ImportRow {
  /** 1-based data row (the header is not counted). */
  row: number;
  input?: VacancyInput & { publish?: boolean };
  errors?: FieldError[];
}

export interface RowError extends FieldError {
  row: number;
}

export interface ImportReport {
  /** False when the file was rejected as a whole: then nothing was stored. */
  stored: boolean;
  rows: number;
  created: Array<{ row: number; id: string }>;
  rejectedRows: number[];
  errors: RowError[];
}

/**
 * Bulk import: every row is checked like a single vacancy before anything is written; then the
 * file is stored in one transaction, or not at all unless the caller accepts a partial import.
 */
@Injectable()
export class VacancyImportService {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly repository: VacancyRepository,
    private readonly matchQueue: VacancyMatchQueue,
    private readonly dataSource: DataSource,
  ) {}

  async import(
    actor: Principal,
    rows: readonly ImportRow[],
    options: { partial: boolean },
  ): Promise<ImportReport> {
    const accepted: Array<{ row: number; vacancy: VacancyEntity }> = [];
    const errors: RowError[] = [];
    const batch = this.vacancies.newBatch();
    for (const { row, input, errors: unreadable } of rows) {
      if (unreadable?.length || !input) {
        errors.push(...(unreadable ?? []).map((error) => ({ row, ...error })));
        continue;
      }
      const { publish, ...fields } = input;
      const built = await this.vacancies.build(actor, fields, { publish, source: 'bulk' }, batch);
      if ('errors' in built) errors.push(...built.errors.map((error) => ({ row, ...error })));
      else accepted.push({ row, vacancy: built.ok.vacancy });
    }
    const rejectedRows = [...new Set(errors.map((e) => e.row))].sort((a, b) => a - b);
    if (rejectedRows.length > 0 && !options.partial) {
      return { stored: false, rows: rows.length, created: [], rejectedRows, errors };
    }
    const vacancies = accepted.map((a) => a.vacancy);
    await this.dataSource.transaction((manager) => this.repository.insertAll(manager, vacancies));
    await this.matchQueue.enqueue(vacancies.filter((v) => v.status === 'published'));
    return {
      stored: true,
      rows: rows.length,
      created: accepted.map(({ row, vacancy }) => ({ row, id: vacancy.id })),
      rejectedRows,
      errors,
    };
  }
}
