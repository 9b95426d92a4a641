import { ApiErrorResponses } from '@wt/bootstrap';
import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@wt/auth';
import { VacancyLifecycleService } from '@wt/vacancies';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { queryBoolean } from '../common/query-boolean';
import { ImportReportDto } from './import-report.dto';
import { CSV_COLUMNS, LIST_SEPARATOR } from './vacancy-csv.reader';
import { MAX_UPLOAD_ROWS, VacancyUploadService } from './vacancy-upload.service';

export class BulkImportQueryDto {
  @ApiPropertyOptional({
    default: false,
    description: 'Store the valid rows even when others have errors (default: all or nothing)',
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  partial?: boolean;
}

export class SweepResultDto {
  @ApiProperty({ description: 'Vacancies marked expired' }) expired: number;
  @ApiProperty({ description: 'Match jobs sent again' }) resent: number;
}

const CSV_HELP = `CSV (text/csv): a header of column names (${CSV_COLUMNS.join(', ')}), comma or semicolon separated; lists in one cell separated by "${LIST_SEPARATOR}", languages as code:level (de:B1${LIST_SEPARATOR}nl:A2). JSON: {"vacancies": [ ...objects as for POST /vacancies... ]}. At most ${MAX_UPLOAD_ROWS} vacancies.`;

/** Many vacancies at once, and the registry's housekeeping. */
@ApiTags('vacancies')
@ApiBearerAuth()
@Controller('vacancies')
export class VacancyImportController {
  constructor(
    private readonly upload: VacancyUploadService,
    private readonly lifecycle: VacancyLifecycleService,
  ) {}

  @Post('bulk')
  @Roles('employer', 'adviser', 'admin')
  @ApiOperation({
    summary: 'Upload many vacancies (CSV or JSON); the whole file or nothing unless ?partial=true',
    description: CSV_HELP,
  })
  @ApiConsumes('text/csv', 'application/json')
  @ApiBody({
    description: CSV_HELP,
    schema: {
      oneOf: [
        { type: 'string', description: 'text/csv: the file' },
        {
          type: 'object',
          description: 'application/json',
          required: ['vacancies'],
          properties: {
            vacancies: {
              type: 'array',
              maxItems: MAX_UPLOAD_ROWS,
              items: { type: 'object', description: 'as for POST /vacancies' },
            },
          },
        },
      ],
    },
  })
  @ApiCreatedResponse({ type: ImportReportDto })
  @ApiBadRequestResponse({ description: 'Nothing stored; every refused row and field is named' })
  @ApiErrorResponses(415)
  bulk(
    @CurrentPrincipal() principal: Principal,
    @Body() body: unknown,
    @Query() query: BulkImportQueryDto,
  ): Promise<ImportReportDto> {
    return this.upload.upload(principal, body, query.partial ?? false);
  }

  @Post('sweep')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Expire vacancies past their closing date and re-send missed match jobs now',
  })
  @ApiOkResponse({ type: SweepResultDto })
  sweep(): Promise<SweepResultDto> {
    return this.lifecycle.sweep();
  }
}
