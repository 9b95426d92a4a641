import { ApiErrorResponses } from '@wt/bootstrap';
import { Body, Controller, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@wt/auth';
import { JobsucheImportService } from '@wt/vacancies';
import { JobsucheDocumentsDto, JobsucheFetchDto, JobsucheImportReportDto } from './jobsuche.dto';

/**
 * German vacancies from the Bundesagentur für Arbeit (Jobsuche API). Importing downloaded
 * documents always works; fetching live is off unless JOBSUCHE_LIVE=true, and rate-limited.
 */
@ApiTags('jobsuche')
@ApiBearerAuth()
@Controller('vacancies/jobsuche')
@Roles('adviser', 'admin')
export class JobsucheController {
  constructor(private readonly jobsuche: JobsucheImportService) {}

  @Post('bulk')
  @ApiOperation({
    summary: 'Import Jobsuche job-details documents as published German vacancies',
    description: 'A listing imported before (same refnr) is updated; each document is reported.',
  })
  @ApiCreatedResponse({ type: JobsucheImportReportDto })
  async importDocuments(
    @CurrentPrincipal() principal: Principal,
    @Body() body: JobsucheDocumentsDto,
  ): Promise<JobsucheImportReportDto> {
    return JobsucheImportReportDto.from(
      await this.jobsuche.importDocuments(principal, body.documents),
    );
  }

  @Post('fetch')
  @ApiErrorResponses(502)
  @ApiOperation({ summary: 'Search the live Jobsuche API and import what it finds (opt-in)' })
  @ApiCreatedResponse({ type: JobsucheImportReportDto })
  @ApiConflictResponse({ description: 'Live fetching is off (JOBSUCHE_LIVE=false)' })
  async fetch(
    @CurrentPrincipal() principal: Principal,
    @Body() body: JobsucheFetchDto,
  ): Promise<JobsucheImportReportDto> {
    return JobsucheImportReportDto.from(await this.jobsuche.fetchAndImport(principal, body));
  }
}
