import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { CurrentPrincipal, Principal, Roles } from '@wt/auth';
import { MatchPageDto, MatchQueryDto, MatchReadService } from '@wt/matching';

class SeekerMatchQueryDto extends MatchQueryDto {
  @ApiPropertyOptional({
    description: 'Why an adviser or admin reads this (required for them; audited)',
  })
  @IsOptional()
  @IsString()
  @Length(3, 500)
  reason?: string;
}

/** A job seeker's matches with open vacancies: the coach's own seekers (advisers with a reason). */
@ApiTags('matches')
@ApiBearerAuth()
@Controller('job-seekers/:id/matches')
export class SeekerMatchesController {
  constructor(private readonly reads: MatchReadService) {}

  @Get()
  @Roles('coach', 'adviser', 'admin')
  @ApiOperation({ summary: "A job seeker's matches, with explanations" })
  @ApiOkResponse({ type: MatchPageDto })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: SeekerMatchQueryDto,
  ) {
    return this.reads.forSeeker(principal, id, query.toFilters(), query.lang, query.reason);
  }
}
