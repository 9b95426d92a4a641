import {
  BadRequestException,
  Injectable,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { Principal } from '@wt/auth';
import { type ImportReport, type ImportRow, VacancyImportService } from '@wt/vacancies';
import { ImportReportDto } from './import-report.dto';
import { CsvFileError, readVacancyCsv } from './vacancy-csv.reader';
import { validateVacancyRow } from './vacancy-row.validator';

/** Rows one upload may hold. */
export const MAX_UPLOAD_ROWS = 5_000;

type UploadFormat = 'csv' | 'json';

/**
 * Reads an uploaded file (CSV text or JSON `{vacancies: [...]}`) into rows, has the registry
 * check and store them, and turns a refused file into one 400 that names every row and field.
 */
@Injectable()
export class VacancyUploadService {
  constructor(private readonly imports: VacancyImportService) {}

  async upload(principal: Principal, body: unknown, partial: boolean): Promise<ImportReportDto> {
    const { format, rows } = readRows(body);
    const report = await this.imports.import(principal, rows, { partial });
    if (!report.stored) throw refused(report, format);
    return ImportReportDto.from(report);
  }
}

function readRows(body: unknown): { format: UploadFormat; rows: ImportRow[] } {
  if (typeof body === 'string') {
    try {
      const records = readVacancyCsv(body, MAX_UPLOAD_ROWS);
      return {
        format: 'csv',
        rows: records.map(({ line, values, problem }) =>
          problem ? { row: line, errors: [problem] } : toRow(line, values),
        ),
      };
    } catch (error) {
      if (error instanceof CsvFileError) throw refusedFile(error.message);
      throw error;
    }
  }
  const vacancies = (body as { vacancies?: unknown } | undefined)?.vacancies;
  if (!Array.isArray(vacancies)) {
    throw new UnsupportedMediaTypeException(
      'send a CSV file as text/csv, or application/json with {"vacancies": [...]}',
    );
  }
  if (vacancies.length === 0) throw refusedFile('vacancies is empty');
  if (vacancies.length > MAX_UPLOAD_ROWS) {
    throw new PayloadTooLargeException(
      `the upload has ${vacancies.length} vacancies; at most ${MAX_UPLOAD_ROWS} at once`,
    );
  }
  return { format: 'json', rows: vacancies.map((values, index) => toRow(index + 1, values)) };
}

function toRow(row: number, values: unknown): ImportRow {
  const validated = validateVacancyRow(values);
  return 'errors' in validated
    ? { row, errors: validated.errors }
    : { row, input: validated.input };
}

function refused(report: ImportReport, format: UploadFormat): BadRequestException {
  const unit = format === 'csv' ? 'line' : 'row';
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: [
      `nothing was stored: ${report.rejectedRows.length} of ${report.rows} ${unit}s have errors (add ?partial=true to store the others)`,
      ...report.errors.map(({ row, field, message }) => `${unit} ${row}: ${field} ${message}`),
    ],
  });
}

function refusedFile(reason: string): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: [`nothing was stored: ${reason}`],
  });
}
