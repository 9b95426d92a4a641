import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { AuditObject } from '@wt/audit';
import { CurrentPrincipal, Principal, Roles } from '@wt/auth';
import {
  INSIGHT_LANGUAGES,
  InsightLanguage,
  InsightService,
  OneSkillAwayDto,
  TransitionsDto,
} from '@wt/insight';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';

class SeekerInsightQueryDto {
  @ApiPropertyOptional({
    description: 'Why an adviser or admin reads this (required for them; audited)',
  })
  @IsOptional()
  @IsString()
  @Length(3, 500)
  reason?: string;

  @ApiPropertyOptional({ enum: INSIGHT_LANGUAGES, default: 'nl' })
  @IsOptional()
  @IsIn(INSIGHT_LANGUAGES, { message: 'lang must be one of nl, de, en' })
  lang: InsightLanguage = 'nl';
}

/** The coach's view of one job seeker's bridges: transition occupations and skills that open vacancies. */
@ApiTags('insight')
@ApiBearerAuth()
@Roles('coach', 'adviser', 'admin')
@Controller('job-seekers/:id')
export class SeekerInsightController {
  constructor(private readonly insight: InsightService) {}

  @Get('transitions')
  @AuditObject('job-seeker-transitions')
  @ApiOperation({
    summary:
      'Transition occupations: high overlap of essential skills, local tightness, missing skills, BBL places',
  })
  @ApiOkResponse({ type: TransitionsDto })
  transitions(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() q: SeekerInsightQueryDto,
  ) {
    return this.insight.seekerTransitions(principal, id, q.reason, q.lang);
  }

  @Get('one-skill-away')
  @AuditObject('job-seeker-one-skill-away')
  @ApiOperation({ summary: 'Vacancies one or two more essential skills would open' })
  @ApiOkResponse({ type: OneSkillAwayDto })
  oneSkillAway(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() q: SeekerInsightQueryDto,
  ) {
    return this.insight.seekerOneSkillAway(principal, id, q.reason, q.lang);
  }
}
