import { AuditEvent } from './audit-event.entity';

/** The entities of schema `audit`, for the one data source (`@wt/database`). */
export const AUDIT_ENTITIES = [AuditEvent] as const;
