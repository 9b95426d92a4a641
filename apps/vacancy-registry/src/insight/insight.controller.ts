import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@wt/auth';
import {
  BlockingSkillsDto,
  InsightService,
  InsightSnapshotService,
  SchoolLeaversDto,
  TightnessDto,
  TransitionsDto,
  TrendDto,
  UnservedDto,
} from '@wt/insight';
import { regionToday } from '@wt/vacancies';
import { ApiFigureResponse } from './api-figure-response';
import { CsvFormatInterceptor } from './csv-format.interceptor';
import {
  BlockingSkillsQueryDto,
  FigureQueryDto,
  OccupationTransitionsQueryDto,
  TightnessQueryDto,
  TrendQueryDto,
  UnservedQueryDto,
} from './insight-query.dto';

/**
 * Regional insight for advisers and admins: computed from this registry's own vacancies and job
 * seekers (not UWV's statistics), people counts below 5 suppressed. `?format=csv` for a sheet.
 */
@ApiTags('insight')
@ApiBearerAuth()
@Roles('adviser', 'admin')
@UseInterceptors(CsvFormatInterceptor)
@Controller('insight')
export class InsightController {
  constructor(
    private readonly insight: InsightService,
    private readonly snapshots: InsightSnapshotService,
  ) {}

  @Get('tightness')
  @ApiOperation({
    summary:
      'Open positions against available job seekers per occupation group x municipality (x EQF), with UWV bands',
  })
  @ApiFigureResponse(TightnessDto)
  tightness(@CurrentPrincipal() principal: Principal, @Query() q: TightnessQueryDto) {
    return this.insight.tightness(principal, q);
  }

  @Get('unserved-vacancies')
  @ApiOperation({
    summary:
      'Open vacancies without a candidate at or above the threshold, and what stands in the way',
  })
  @ApiFigureResponse(UnservedDto)
  unserved(@CurrentPrincipal() principal: Principal, @Query() q: UnservedQueryDto) {
    return this.insight.unservedVacancies(principal, q);
  }

  @Get('blocking-skills')
  @ApiOperation({
    summary: 'Per occupation group, the essential skills missing most often among near misses',
  })
  @ApiFigureResponse(BlockingSkillsDto)
  blockingSkills(@CurrentPrincipal() principal: Principal, @Query() q: BlockingSkillsQueryDto) {
    return this.insight.blockingSkills(principal, q);
  }

  @Get('school-leavers')
  @ApiOperation({
    summary:
      'VSO/PrO leavers of the next 12 months against learning-working places and technical vacancies',
  })
  @ApiFigureResponse(SchoolLeaversDto)
  schoolLeavers(@CurrentPrincipal() principal: Principal, @Query() q: FigureQueryDto) {
    return this.insight.schoolLeavers(principal, q);
  }

  @Get('transitions')
  @ApiOperation({
    summary:
      'Transition occupations from an ESCO occupation, with missing skills and learning-working places',
  })
  @ApiFigureResponse(TransitionsDto)
  transitions(@CurrentPrincipal() principal: Principal, @Query() q: OccupationTransitionsQueryDto) {
    return this.insight.occupationTransitions(principal, q.occupation, q);
  }

  @Get('trend')
  @ApiOperation({ summary: 'A figure over time, from the daily snapshots' })
  @ApiFigureResponse(TrendDto)
  trend(@CurrentPrincipal() principal: Principal, @Query() q: TrendQueryDto) {
    return this.snapshots.trend(principal, q.toRequest(regionToday()));
  }
}
