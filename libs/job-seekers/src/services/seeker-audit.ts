import { Injectable } from '@nestjs/common';
import type { Principal } from '@wt/auth';
import { AuditService } from '@wt/audit';
import type { EntityManager } from 'typeorm';

export type SeekerObjectType = 'job-seeker' | 'job-seeker-identity' | 'caseload';
export type SeekerAuditAction = 'read' | 'create' | 'update' | 'delete' | 'search';

export interface SeekerAuditDetail {
  /** Why an adviser or admin looked: recorded with the entry. */
  reason?: string;
  vacancyId?: string;
  /** What changed, in ids and field names only (never values). */
  note?: string;
}

/**
 * Every read and change of a job seeker's data goes through here, so the log answers "who looked
 * up whom, and why". Entries hold ids, field names and the stated reason; never a name or a value.
 * The audit trail has no field of its own for a reason: it goes into `origin` ("reason: ...").
 * A change passes its transaction's manager, so the record commits or rolls back with it.
 */
@Injectable()
export class SeekerAudit {
  constructor(private readonly audit: AuditService) {}

  allowed(
    actor: Principal,
    action: SeekerAuditAction,
    objectType: SeekerObjectType,
    objectId: string,
    detail: SeekerAuditDetail = {},
    manager?: EntityManager,
  ): Promise<void> {
    return this.record(actor, action, objectType, objectId, 'allowed', detail, manager);
  }

  denied(
    actor: Principal,
    action: SeekerAuditAction,
    objectType: SeekerObjectType,
    objectId: string,
    detail: SeekerAuditDetail = {},
  ): Promise<void> {
    return this.record(actor, action, objectType, objectId, 'denied', detail);
  }

  private record(
    actor: Principal,
    action: SeekerAuditAction,
    objectType: SeekerObjectType,
    objectId: string,
    result: 'allowed' | 'denied',
    detail: SeekerAuditDetail,
    manager?: EntityManager,
  ): Promise<void> {
    return this.audit.record(
      { actor, action, objectType, objectId, result, origin: describeDetail(detail) },
      manager,
    );
  }
}

function describeDetail({ reason, vacancyId, note }: SeekerAuditDetail): string | undefined {
  const parts = [
    reason ? `reason: ${reason}` : undefined,
    vacancyId ? `vacancy: ${vacancyId}` : undefined,
    note,
  ].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join('; ') : undefined;
}
