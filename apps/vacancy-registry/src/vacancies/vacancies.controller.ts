import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@wt/auth';
import { VacanciesService, VacancyLifecycleService } from '@wt/vacancies';
import { pageOf, ApiErrorResponses } from '@wt/bootstrap';
import { SearchVacanciesDto, toVacancySearch } from './search-vacancies.dto';
import { CorrectOccupationDto, CreateVacancyDto, UpdateVacancyDto } from './vacancy-request.dto';
import { VacancyPageDto, VacancyResponseDto } from './vacancy-response.dto';

const UUID = new ParseUUIDPipe();

/**
 * Vacancies of the region. Employers work on their own organisation's (another's answers 404),
 * advisers and admins on all, coaches read the published ones to shortlist them.
 */
@ApiTags('vacancies')
@ApiBearerAuth()
@Controller('vacancies')
export class VacanciesController {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly lifecycle: VacancyLifecycleService,
  ) {}

  @Post()
  @Roles('employer', 'adviser', 'admin')
  @ApiOperation({ summary: 'Create a vacancy (a draft unless publish is true)' })
  @ApiCreatedResponse({ type: VacancyResponseDto })
  async create(@CurrentPrincipal() principal: Principal, @Body() body: CreateVacancyDto) {
    const { publish, ...input } = body;
    return VacancyResponseDto.from(await this.vacancies.create(principal, input, { publish }));
  }

  @Get()
  @Roles('employer', 'adviser', 'admin', 'coach')
  @ApiOperation({ summary: 'Search vacancies (coaches: published ones only)' })
  @ApiOkResponse({ type: VacancyPageDto })
  async search(@CurrentPrincipal() principal: Principal, @Query() query: SearchVacanciesDto) {
    return VacancyPageDto.from(
      await this.vacancies.search(principal, toVacancySearch(query), pageOf(query)),
    );
  }

  @Get(':id')
  @Roles('employer', 'adviser', 'admin', 'coach')
  @ApiOkResponse({ type: VacancyResponseDto })
  @ApiNotFoundResponse({ description: 'Unknown, or outside your organisation' })
  async get(@CurrentPrincipal() principal: Principal, @Param('id', UUID) id: string) {
    return VacancyResponseDto.from(await this.vacancies.get(principal, id));
  }

  @Patch(':id')
  @Roles('employer', 'adviser', 'admin')
  @ApiOperation({ summary: 'Change fields of a draft or published vacancy' })
  @ApiOkResponse({ type: VacancyResponseDto })
  @ApiConflictResponse({ description: 'The vacancy is filled, closed or expired' })
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', UUID) id: string,
    @Body() body: UpdateVacancyDto,
  ) {
    return VacancyResponseDto.from(await this.vacancies.update(principal, id, body));
  }

  @Put(':id/occupation')
  @ApiErrorResponses(409)
  @Roles('adviser', 'admin')
  @ApiOperation({ summary: "Correct the occupation (replaces the linker's choice)" })
  @ApiOkResponse({ type: VacancyResponseDto })
  async correctOccupation(
    @CurrentPrincipal() principal: Principal,
    @Param('id', UUID) id: string,
    @Body() body: CorrectOccupationDto,
  ) {
    return VacancyResponseDto.from(
      await this.vacancies.correctOccupation(principal, id, body.occupationUri),
    );
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles('employer', 'adviser', 'admin')
  @ApiOkResponse({ type: VacancyResponseDto })
  @ApiConflictResponse({ description: 'Only a draft can be published' })
  async publish(@CurrentPrincipal() principal: Principal, @Param('id', UUID) id: string) {
    return VacancyResponseDto.from(await this.lifecycle.publish(principal, id));
  }

  @Post(':id/fill')
  @ApiErrorResponses(409)
  @HttpCode(200)
  @Roles('employer', 'adviser', 'admin')
  @ApiOperation({ summary: 'Mark a published vacancy as filled' })
  @ApiOkResponse({ type: VacancyResponseDto })
  async fill(@CurrentPrincipal() principal: Principal, @Param('id', UUID) id: string) {
    return VacancyResponseDto.from(await this.lifecycle.fill(principal, id));
  }

  @Post(':id/close')
  @ApiErrorResponses(409)
  @HttpCode(200)
  @Roles('employer', 'adviser', 'admin')
  @ApiOperation({ summary: 'Close a published vacancy unfilled, or withdraw a draft' })
  @ApiOkResponse({ type: VacancyResponseDto })
  async close(@CurrentPrincipal() principal: Principal, @Param('id', UUID) id: string) {
    return VacancyResponseDto.from(await this.lifecycle.close(principal, id));
  }
}
