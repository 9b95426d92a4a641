import { DynamicModule, Global, Module } from '@nestjs/common';
import { AuditQueryService } from './audit-query.service';
import { AUDIT_APP, AuditService } from './audit.service';

/** The audit trail for every context of one app; `app` is stamped on each record it writes. */
@Global()
@Module({})
export class AuditModule {
  static forRoot(app: string): DynamicModule {
    return {
      module: AuditModule,
      providers: [{ provide: AUDIT_APP, useValue: app }, AuditService, AuditQueryService],
      exports: [AuditService, AuditQueryService],
    };
  }
}
