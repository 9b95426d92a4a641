import { SetMetadata } from '@nestjs/common';

export const AUDIT_OBJECT_METADATA = 'wt:audit-object';

export interface AuditObjectMetadata {
  type: string;
  idParam: string;
}

/**
 * Names the object a route works on (its type, and the route parameter holding its id), so that
 * a refused attempt on it (401, 403) is written to the audit trail too, not only to the log.
 */
export const AuditObject = (type: string, idParam = 'id') =>
  SetMetadata(AUDIT_OBJECT_METADATA, { type, idParam } satisfies AuditObjectMetadata);
