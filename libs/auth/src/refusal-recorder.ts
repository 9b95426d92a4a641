import type { ExecutionContext } from '@nestjs/common';
import type { Principal } from './principal';

/** A request the guard refused (401 or 403). */
export interface RefusedRequest {
  context: ExecutionContext;
  method: string;
  params?: Record<string, string>;
  /** The verified caller (403), or none (401: no or an invalid token). */
  actor?: Principal;
}

/**
 * Where the guard reports a refusal, so it reaches the audit trail. A port: the audit context
 * provides it (`AuditModule`), so `auth` does not depend on `audit` (which uses `Principal`).
 */
export interface RefusalRecorder {
  record(refusal: RefusedRequest): Promise<void>;
}

export const REFUSAL_RECORDER = Symbol('REFUSAL_RECORDER');
