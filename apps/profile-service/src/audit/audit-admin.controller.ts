import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditQueryService } from '@wt/audit';
import { CurrentPrincipal, Principal, Roles } from '@wt/auth';
import { PageQueryDto, pageOf } from '@wt/bootstrap';
import { AuditActorParams, AuditObjectParams, AuditPageDto } from './audit-admin.dto';

/** "Who viewed profile X" and "what did user Y view": for admins only, newest first, paged. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/audit')
export class AuditAdminController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get('objects/:type/:id')
  @ApiOperation({ summary: 'Who accessed this object' })
  @ApiOkResponse({ type: AuditPageDto })
  async byObject(
    @CurrentPrincipal() admin: Principal,
    @Param() { type, id }: AuditObjectParams,
    @Query() query: PageQueryDto,
  ): Promise<AuditPageDto> {
    return AuditPageDto.from(await this.audit.whoAccessed(admin, type, id, pageOf(query)));
  }

  @Get('actors/:subject')
  @ApiOperation({ summary: 'What this person accessed' })
  @ApiOkResponse({ type: AuditPageDto })
  async byActor(
    @CurrentPrincipal() admin: Principal,
    @Param() { subject }: AuditActorParams,
    @Query() query: PageQueryDto,
  ): Promise<AuditPageDto> {
    return AuditPageDto.from(await this.audit.whatDid(admin, subject, pageOf(query)));
  }
}
