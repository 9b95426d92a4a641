import { ApiProperty } from '@nestjs/swagger';
import type { ImportReport } from '@wt/vacancies';

export class RowErrorDto {
  @ApiProperty({ description: 'CSV: the line in the file (header = 1); JSON: position from 1' })
  row: number;

  @ApiProperty({ example: 'hoursMin' })
  field: string;

  @ApiProperty({ example: 'must not be less than 0' })
  message: string;
}

export class CreatedRowDto {
  @ApiProperty() row: number;
  @ApiProperty({ format: 'uuid' }) id: string;
}

/** What a bulk upload stored, and why the other rows were refused. */
export class ImportReportDto {
  @ApiProperty({ description: 'Rows in the upload' }) rows: number;
  @ApiProperty({ type: [CreatedRowDto] }) created: CreatedRowDto[];
  @ApiProperty({ type: [Number] }) rejectedRows: number[];
  @ApiProperty({ type: [RowErrorDto] }) errors: RowErrorDto[];

  static from(report: ImportReport): ImportReportDto {
    return Object.assign(new ImportReportDto(), {
      rows: report.rows,
      created: report.created,
      rejectedRows: report.rejectedRows,
      errors: report.errors.map(({ row, field, message }) => ({ row, field, message })),
    });
  }
}
