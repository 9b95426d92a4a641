import { Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { RefusalRecorder, RefusedRequest } from '@wt/auth';
import { AUDIT_OBJECT_METADATA, AuditObjectMetadata } from './audit-object.decorator';
import { AuditService } from './audit.service';
import type { AuditAction } from './audit.types';

const ACTIONS: Record<string, AuditAction> = {
  GET: 'read',
  HEAD: 'read',
  POST: 'create',
  PUT: 'update',
  PATCH: 'update',
  DELETE: 'delete',
};

/**
 * Writes the guard's refusals (401, 403) to the audit trail, for routes that name their object
 * with `@AuditObject(...)`; a refusal on any other route is only logged, by the guard.
 */
@Injectable()
export class AuditRefusalRecorder implements RefusalRecorder {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  async record({ context, method, params, actor }: RefusedRequest): Promise<void> {
    const object = this.reflector.getAllAndOverride<AuditObjectMetadata | undefined>(
      AUDIT_OBJECT_METADATA,
      [context.getHandler(), context.getClass()],
    );
    const objectId = object ? params?.[object.idParam] : undefined;
    if (!object || !objectId) return;
    await this.audit.recordDenied({
      actor,
      action: ACTIONS[method] ?? 'read',
      objectType: object.type,
      objectId,
    });
  }
}
