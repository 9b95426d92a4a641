import { DynamicModule, Global, Module } from '@nestjs/common';
import { REFUSAL_RECORDER } from '@wt/auth';
import { AuditRefusalRecorder } from './audit-refusal.recorder';
import { AuditQueryService } from './audit-query.service';
import { AUDIT_APP, AuditService } from './audit.service';

/**
 * The audit trail for every context of one app; `app` is stamped on each record it writes. Also
 * the auth guard's `REFUSAL_RECORDER`.
 */
@Global()
@Module({})
export class AuditModule {
  static forRoot(app: string): DynamicModule {
    return {
      module: AuditModule,
      providers: [
        { provide: AUDIT_APP, useValue: app },
        AuditService,
        AuditQueryService,
        { provide: REFUSAL_RECORDER, useClass: AuditRefusalRecorder },
      ],
      exports: [AuditService, AuditQueryService, REFUSAL_RECORDER],
    };
  }
}
