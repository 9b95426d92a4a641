import { Controller, Get, Param, Query } from '@nestjs/common';
import { AuditQueryService } from '@wt/audit';
import { CurrentPrincipal, Principal, Roles } from '@wt/auth';
import {
  AuditActorParams,
  AuditObjectParams,
  AuditPageDto,
  AuditPageQuery,
} from './audit-admin.dto';

/** "Who viewed profile X" and "what did user Y view": for admins only, newest first, paged. */
@Roles('admin')
@Controller('admin/audit')
export class AuditAdminController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get('objects/:type/:id')
  async byObject(
    @CurrentPrincipal() admin: Principal,
    @Param() { type, id }: AuditObjectParams,
    @Query() page: AuditPageQuery,
  ): Promise<AuditPageDto> {
    return AuditPageDto.from(await this.audit.whoAccessed(admin, type, id, page));
  }

  @Get('actors/:subject')
  async byActor(
    @CurrentPrincipal() admin: Principal,
    @Param() { subject }: AuditActorParams,
    @Query() page: AuditPageQuery,
  ): Promise<AuditPageDto> {
    return AuditPageDto.from(await this.audit.whatDid(admin, subject, page));
  }
}
