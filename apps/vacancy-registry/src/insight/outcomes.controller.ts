import { Controller, Get, Header } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@wt/auth';
import { OutcomesReportDto, OutcomesReportService } from '@wt/matching';

/** The region's outcomes and fairness report: advisers and admins; every read audited. */
@ApiTags('insight')
@ApiBearerAuth()
@Controller('insight/outcomes')
export class OutcomesController {
  constructor(private readonly reports: OutcomesReportService) {}

  @Get()
  @Roles('adviser', 'admin')
  @ApiOperation({
    summary:
      'Outcomes per vacancy, score band and period; rates per group with the four-fifths flag; overrides; banen per employer (cells under 5 people are null)',
  })
  @ApiOkResponse({ type: OutcomesReportDto })
  report(@CurrentPrincipal() p: Principal) {
    return this.reports.report(p);
  }

  @Get('csv')
  @Roles('adviser', 'admin')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The same report as CSV (section, key, measure, value)' })
  @ApiOkResponse({ content: { 'text/csv': { schema: { type: 'string' } } } })
  csv(@CurrentPrincipal() p: Principal) {
    return this.reports.csv(p);
  }
}
