import type { Principal, Role } from '@wt/auth';

export type AuditAction = 'read' | 'create' | 'update' | 'delete' | 'search' | 'export';
export type AuditResult = 'allowed' | 'denied';

/** One access to record. Ids only: never a name, contact detail or other personal value. */
export interface AuditEntry {
  actor: Principal;
  action: AuditAction;
  objectType: string;
  objectId: string;
  result: AuditResult;
  /** Free text about where or why (ids and reasons only); the client IP and app are added. */
  origin?: string;
}

/** A refused attempt, where the caller may not even be known (no or an invalid token). */
export interface DeniedAttempt {
  actor?: Principal;
  action: AuditAction;
  objectType: string;
  objectId: string;
  origin?: string;
}

/** An audit record as the admin endpoints show it. */
export interface AuditRecord {
  seq: number;
  occurredAt: Date;
  actorSubject: string;
  actorRole: Role | null;
  action: AuditAction;
  objectType: string;
  objectId: string;
  result: AuditResult;
  origin: string | null;
  clientIp: string | null;
  app: string | null;
}

export interface PageRequest {
  /** 1-based. */
  page: number;
  pageSize: number;
}

export interface AuditPage extends PageRequest {
  items: AuditRecord[];
  total: number;
}
