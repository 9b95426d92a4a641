import { Module } from '@nestjs/common';
import { AuditAdminController } from './audit-admin.controller';

/** The admin's view of the audit trail (the trail itself comes from the global AuditModule). */
@Module({ controllers: [AuditAdminController] })
export class AuditAdminModule {}
