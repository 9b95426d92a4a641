import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { JobsucheImportReport } from '@wt/vacancies';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export const MAX_JOBSUCHE_DOCUMENTS = 500;

export class JobsucheDocumentsDto {
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description:
      'Job-details documents of the Jobsuche API (GET /pc/v4/jobdetails/{base64(refnr)}), as downloaded',
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_JOBSUCHE_DOCUMENTS)
  @IsObject({ each: true, message: 'each of documents must be a job-details object' })
  documents: Array<Record<string, unknown>>;
}

export class JobsucheFetchDto {
  @ApiPropertyOptional({ description: 'What: job title free text', example: 'Schweißer' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  was?: string;

  @ApiPropertyOptional({ description: 'Where: place free text', example: 'Gronau' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  wo?: string;

  @ApiPropertyOptional({ description: 'Radius around wo, km', example: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  umkreis?: number;

  @ApiPropertyOptional({ enum: [1, 2, 4, 34], description: '1 work, 4 Ausbildung, 34 internship' })
  @IsOptional()
  @Type(() => Number)
  @IsIn([1, 2, 4, 34])
  angebotsart?: number;
}

export class JobsucheRefDto {
  @ApiProperty({ description: 'Position of the document, from 1' }) document: number;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'ba-jobsuche:10000-1184867112-S' }) externalRef: string;
}

export class JobsucheSkippedDto {
  @ApiProperty() document: number;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'closed here' }) reason: string;
}

export class JobsucheErrorDto {
  @ApiProperty() document: number;
  @ApiProperty({ example: 'arbeitsorte' }) field: string;
  @ApiProperty({ example: 'names no place of work' }) message: string;
}

export class JobsucheImportReportDto {
  @ApiProperty() documents: number;
  @ApiProperty({ type: [JobsucheRefDto] }) created: JobsucheRefDto[];
  @ApiProperty({ type: [JobsucheRefDto], description: 'Listings imported before, now updated' })
  updated: JobsucheRefDto[];
  @ApiProperty({ type: [JobsucheSkippedDto] }) skipped: JobsucheSkippedDto[];
  @ApiProperty({ type: [JobsucheErrorDto] }) errors: JobsucheErrorDto[];

  static from(report: JobsucheImportReport): JobsucheImportReportDto {
    return Object.assign(new JobsucheImportReportDto(), {
      documents: report.documents,
      created: report.created,
      updated: report.updated,
      skipped: report.skipped,
      errors: report.errors.map(({ document, field, message }) => ({ document, field, message })),
    });
  }
}
