import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuditObject } from '@wt/audit';
import { CurrentPrincipal, Principal, Roles } from '@wt/auth';
import { EmployersService } from '@wt/vacancies';
import { pageOf, ApiErrorResponses } from '@wt/bootstrap';
import { CreateEmployerDto, EmployerQueryDto, UpdateEmployerDto } from './employer-request.dto';
import { EmployerPageDto, EmployerResponseDto } from './employer-response.dto';

/**
 * Employer organisations. An employer user manages its own organisation's record (another's
 * answers 404); advisers and admins those of the region. Coaches have no access.
 */
@ApiTags('employers')
@ApiBearerAuth()
@Controller('employers')
@Roles('employer', 'adviser', 'admin')
export class EmployersController {
  constructor(private readonly employers: EmployersService) {}

  @Post()
  @ApiErrorResponses(409)
  @ApiOperation({ summary: 'Register an employer (an employer user: its own organisation, once)' })
  @ApiCreatedResponse({ type: EmployerResponseDto })
  async create(@CurrentPrincipal() principal: Principal, @Body() body: CreateEmployerDto) {
    return EmployerResponseDto.from(await this.employers.create(principal, body));
  }

  @Get()
  @ApiOperation({ summary: 'List employers, without contact persons' })
  @ApiOkResponse({ type: EmployerPageDto })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: EmployerQueryDto) {
    return EmployerPageDto.from(
      await this.employers.list(
        principal,
        { text: query.q, country: query.country },
        pageOf(query),
      ),
    );
  }

  @Get(':id')
  @AuditObject('employer')
  @ApiOperation({ summary: 'One employer with its contact person (audited)' })
  @ApiOkResponse({ type: EmployerResponseDto })
  @ApiNotFoundResponse({ description: 'Unknown, or not your organisation' })
  async get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return EmployerResponseDto.from(await this.employers.get(principal, id));
  }

  @Patch(':id')
  @AuditObject('employer')
  @ApiOkResponse({ type: EmployerResponseDto })
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateEmployerDto,
  ) {
    return EmployerResponseDto.from(await this.employers.update(principal, id, body));
  }
}
